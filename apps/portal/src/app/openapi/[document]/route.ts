import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { isProductId, PRODUCT_IDS } from "@portico/schemas/products";

export const dynamicParams = false;

export function generateStaticParams() {
  return PRODUCT_IDS.map((product) => ({ document: `${product}.json` }));
}

/** `/openapi/<product>.json`, generated from the shared schemas when the portal is built. */
export async function GET(_request: Request, { params }: { params: Promise<{ document: string }> }) {
  const product = (await params).document.replace(/\.json$/, "");
  // Only the prerendered documents exist (dynamicParams is off); this keeps the type honest.
  if (!isProductId(product)) return new Response(null, { status: 404 });
  return Response.json(buildOpenApiDocument(product), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
