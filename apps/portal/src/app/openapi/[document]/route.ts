import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { PRODUCT_APIS, type ProductId } from "@portico/schemas/operations";

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(PRODUCT_APIS).map((product) => ({ document: `${product}.json` }));
}

/** `/openapi/<product>.json`, generated from the shared schemas when the portal is built. */
export async function GET(_request: Request, { params }: { params: Promise<{ document: string }> }) {
  const product = (await params).document.replace(/\.json$/, "") as ProductId;
  return Response.json(buildOpenApiDocument(product), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
