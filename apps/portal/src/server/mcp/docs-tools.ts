import { ApiError } from "@portico/http/errors";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { z } from "zod";
import { excerpt, namedFirst, type SearchDocument } from "@/lib/search-options";
import { defineTool } from "./tool";

/** How many hits `search_docs` answers at most, and by default. */
const MAX_HITS = 20;
const DEFAULT_HITS = 8;

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug such as conventions");

/** The product a portal path belongs to: its first segment. */
const productOf = (href: string) => href.split(/[/#]/)[1] ?? "";

export const SearchHit = z.strictObject({
  kind: z.enum(["section", "operation", "error"]),
  title: z.string(),
  product: z.string().meta({ description: "Product id, the first segment of the page's path" }),
  context: z.string().meta({ description: "Product and page, or an operation's method and path" }),
  url: z.url().meta({ description: "Absolute URL of the page with the section's anchor" }),
  excerpt: z.string().meta({ description: "Plain text around the first matched word" }),
});

export const searchDocs = defineTool({
  name: "search_docs",
  title: "Search the docs",
  description:
    "Searches every docs section, API operation and error code of Portico's products with the ranking of the site's search dialog (Ctrl/Cmd-K); best hit first. Every word must match: search keywords ('pagination', 'create cart'), not sentences; name a product to keep to its pages.",
  input: z.strictObject({
    query: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .meta({ description: "Words to find, e.g. 'idempotency' or 'create cart'" }),
    product: Slug.optional().meta({
      description: `Only this product's pages and operations (${PRODUCT_IDS.join(", ")})`,
    }),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_HITS)
      .optional()
      .meta({ description: `At most this many hits (${DEFAULT_HITS})` }),
  }),
  output: z.strictObject({ results: z.array(SearchHit) }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ query, product, limit = DEFAULT_HITS }, deps) {
    const index = await deps.searchIndex();
    type Hit = SearchDocument & { terms: string[] };
    const hits = (index.search(namedFirst(query)) as unknown as Hit[])
      .filter((hit) => product === undefined || productOf(hit.href) === product)
      .slice(0, limit);
    return {
      results: hits.map((hit) => ({
        kind: hit.kind,
        title: hit.title,
        product: productOf(hit.href),
        context: hit.context,
        url: new URL(hit.href, deps.origin).href,
        excerpt: excerpt(hit.text, hit.terms),
      })),
    };
  },
});

export const getPage = defineTool({
  name: "get_page",
  title: "Read a docs page",
  description:
    "A docs page as Markdown: the same text as the page's .md twin (examples already validated against Portico's schemas). search_docs finds pages; its URLs name the product and page.",
  input: z.strictObject({
    product: Slug.meta({ description: `Product id (${PRODUCT_IDS.join(", ")})` }),
    page: Slug.meta({ description: "Page slug, e.g. conventions or sandbox" }),
  }),
  output: z.strictObject({ url: z.url(), title: z.string(), markdown: z.string() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ product, page }, deps) {
    const found = (await deps.pages()).find((entry) => entry.product === product && entry.slug === page);
    const markdown = found && (await deps.pageMarkdown(product, page));
    if (!found || markdown === undefined)
      throw new ApiError(404, "not_found", `The page /${product}/${page} was not found`);
    return { url: new URL(found.href, deps.origin).href, title: found.title, markdown };
  },
});
