import "server-only";
import { PORTICO_DOCUMENT } from "@portico/schemas/openapi";
import { PLACEHOLDER_ORIGIN } from "@/lib/playground/request-examples";
import { getPage, getProducts, type PageEntry, portalSummary, readPageSource } from "./content";
import { memoizeInProduction } from "./memoize-in-production";
import { getPortalPages } from "./portal-pages";

/**
 * Fences keep their language and drop Portico's attributes (`schema=`, `title=`); a title
 * becomes a bold caption above its block.
 */
const cleanFences = (body: string) =>
  body.replace(/^([ \t]*)(```+[\w-]*)[^\S\n]+([^\n]*)$/gm, (_, indent: string, fence: string, meta: string) => {
    const title = /title="([^"]*)"/.exec(meta)?.[1];
    return title ? `${indent}**${title}**\n\n${indent}${fence}` : `${indent}${fence}`;
  });

/**
 * Said under the title of a page whose examples name the placeholder origin: a Markdown file is
 * built once and read anywhere (a clipboard, an LLM's context), so it cannot know the portal's
 * address the way a page in the browser does.
 */
export const PLACEHOLDER_ORIGIN_NOTE = `Examples use \`${PLACEHOLDER_ORIGIN}\` for the portal's origin: replace it with the address of the portal you read this from.`;

/**
 * A docs page as clean Markdown: title, summary, body; examples already checked against their
 * schemas. Made once per production process: the `.md` twins are rendered on request, not at build.
 */
export const pageMarkdown = memoizeInProduction(async (page: PageEntry): Promise<string> => {
  const { title, description, lastUpdated } = page.frontmatter;
  const body = cleanFences(await readPageSource(page)).trim();
  const header = [
    `# ${title}`,
    "",
    `> ${description}`,
    ...(lastUpdated ? ["", `Last updated: ${lastUpdated}`] : []),
    ...(body.includes(PLACEHOLDER_ORIGIN) ? ["", PLACEHOLDER_ORIGIN_NOTE] : []),
  ];
  return `${[...header, "", body].join("\n")}\n`;
});

/** The Markdown of `/<product>/<slug>.md`; undefined for a page that has none (unknown or generated). */
export async function twinMarkdown(productId: string, slug: string): Promise<string | undefined> {
  const found = await getPage(productId, slug);
  return found && !found.page.generated ? pageMarkdown(found.page) : undefined;
}

/** Every page with a Markdown version (the generated reference pages have the OpenAPI document instead). */
export async function markdownPages() {
  return (await getProducts()).flatMap((product) =>
    product.pages.filter((page) => !page.generated).map((page) => ({ product, page })),
  );
}

/** `/llms.txt`: every page, linked to its Markdown, with its one-line description. */
export async function llmsTxt(): Promise<string> {
  const products = await getProducts();
  const lines = ["# Portico", "", `> ${portalSummary(products)}`, ""];
  for (const product of products) {
    lines.push(`## ${product.name}`, "", product.summary, "");
    for (const page of product.pages) {
      const target = page.generated ? `/openapi/${product.id}.json` : `${page.href}.md`;
      lines.push(`- [${page.frontmatter.title}](${target}): ${page.frontmatter.description}`);
    }
    lines.push("");
  }
  lines.push(
    "## Portico's own APIs",
    "",
    `- [OpenAPI 3.1 document](/openapi/${PORTICO_DOCUMENT}.json): sandbox keys (\`POST /sandbox/keys\`), feedback on docs pages and the writers' feedback admin`,
    "- [MCP server](/mcp): Model Context Protocol over Streamable HTTP (stateless, POST): search the docs, read pages and operations, validate a request against the shared schemas, call the sandbox, send feedback",
    ...(await getPortalPages()).map(
      (page) => `- [${page.frontmatter.title}](${page.href}): ${page.frontmatter.description}`,
    ),
    "",
  );
  return lines.join("\n");
}

/** `/llms-full.txt`: all pages' Markdown, one after the other. */
export async function llmsFullTxt(): Promise<string> {
  const parts = await Promise.all((await markdownPages()).map(({ page }) => pageMarkdown(page)));
  return parts.join("\n---\n\n");
}
