import { SERVED_DOCUMENTS, servedDocument } from "@portico/schemas/openapi";

export const dynamicParams = false;

export function generateStaticParams() {
  return SERVED_DOCUMENTS.map((id) => ({ document: `${id}.json` }));
}

/** `/openapi/<product>.json` and `/openapi/portico.json`, generated from the shared schemas when the portal is built. */
export async function GET(_request: Request, { params }: { params: Promise<{ document: string }> }) {
  const document = servedDocument((await params).document.replace(/\.json$/, ""));
  // Only the prerendered documents exist (dynamicParams is off); this keeps the type honest.
  if (!document) return new Response(null, { status: 404 });
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
}
