import { twinMarkdown } from "@/server/markdown";

/**
 * What Next.js sends with a prerendered response: the twins were prerendered until they cost the
 * build half its routes, and a cache in front of the portal keeps them as long as it did then.
 */
const PRERENDERED_CACHE_CONTROL = "s-maxage=31536000";

// Reached as /<product>/<page>.md through the rewrite in next.config.ts. Rendered on first
// request and kept for the process (`pageMarkdown`), not prerendered: a twin is a string edit of
// the source its page already reads and validates at build, while prerendering it doubled the
// routes `next build` generates (bench/README.md, "Build scaling").
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ product: string; page: string }> }) {
  const { product, page } = await params;
  const markdown = await twinMarkdown(product, page);
  if (markdown === undefined) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(markdown, {
    headers: { "Content-Type": "text/markdown; charset=utf-8", "Cache-Control": PRERENDERED_CACHE_CONTROL },
  });
}
