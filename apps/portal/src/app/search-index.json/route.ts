import { buildSearchIndex } from "@/server/search-index";

// Built once with the site; the search dialog fetches it only when opened.
export const dynamic = "force-static";

export async function GET() {
  return new Response(await buildSearchIndex(), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
