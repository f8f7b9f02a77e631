import { getPage } from "@/server/content";
import { markdownPages, pageMarkdown } from "@/server/markdown";

// Reached as /<product>/<page>.md through the rewrite in next.config.ts; built once, served static.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await markdownPages()).map(({ product, page }) => ({ product: product.id, page: page.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ product: string; page: string }> }) {
  const { product, page } = await params;
  const found = await getPage(product, page);
  if (!found || found.page.generated) return new Response("Not found\n", { status: 404 });
  return new Response(await pageMarkdown(found.page), { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
}
