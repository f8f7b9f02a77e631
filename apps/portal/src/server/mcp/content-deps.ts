import { markdownPages, twinMarkdown } from "../markdown";
import type { McpDeps } from "./mcp-deps";

/** The docs pages the tools and resources offer: the same ones as the `.md` twins. */
export const docsPages: McpDeps["pages"] = async () =>
  (await markdownPages()).map(({ product, page }) => ({
    product: product.id,
    productName: product.name,
    slug: page.slug,
    title: page.frontmatter.title,
    description: page.frontmatter.description,
    href: page.href,
  }));

/** A page's Markdown, the same text as its `.md` twin; undefined for a page that has none. */
export const docsPageMarkdown: McpDeps["pageMarkdown"] = twinMarkdown;
