import "server-only";
import { parseFenceMeta } from "@portico/schemas/examples";
import { schemaRegistry } from "@portico/schemas/registry";
import rehypeShiki from "@shikijs/rehype";
import type { Element, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { parse as parseJsonc } from "jsonc-parser";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { ShikiTransformer } from "shiki";
import { visit } from "unist-util-visit";
import { mdxComponents } from "@/components/mdx-components";
import { operationsFor, PRODUCTS } from "@/lib/playground/operations";
import { playgroundHref } from "@/lib/playground/playground-href";
import { memoizeInProduction } from "./memoize-in-production";

/** A stretch of a page under one heading, for the search index. */
export interface PageSection {
  /** Heading anchor; "" for the text before the first heading. */
  id: string;
  heading: string;
  text: string;
  /** Identifiers and literals from the section's code blocks. */
  code: string;
}

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/**
 * Shiki writes meta keys onto `<pre>` as attributes; prefixing them with `data-` keeps `title`
 * from becoming a tooltip and hands the code-block component its caption and schema name.
 */
function fenceMetaAsDataAttributes(meta: string): Record<string, string> {
  return Object.fromEntries(Object.entries(parseFenceMeta(meta)).map(([key, value]) => [`data-${key}`, value]));
}

/** Request schemas (`<product>.<Name>`) → the operation whose body they are. */
const operationBySchema = new Map(
  PRODUCTS.flatMap((product) =>
    operationsFor(product).flatMap((op) => {
      const name = [...schemaRegistry].find(([, schema]) => schema === op.requestBody?.schema)?.[0];
      return name ? [[name, { product, op }] as const] : [];
    }),
  ),
);

/** The playground link that opens an example's operation with the example as its body. */
function tryItHref(schemaName: string | undefined, code: string): string | undefined {
  const target = schemaName ? operationBySchema.get(schemaName) : undefined;
  if (!target) return undefined;
  const body = JSON.stringify(parseJsonc(code), null, 2);
  return playgroundHref(target.product, target.op.operationId, { pathParams: {}, query: {}, headers: {}, body });
}

/** Language and a per-page example id (`example-2-response-body`) for "Report a problem". */
function exampleAttributes(): ShikiTransformer {
  let count = 0;
  return {
    name: "portico:example-attributes",
    pre(node) {
      count++;
      const title = (this.options.meta as Record<string, string | undefined> | undefined)?.["data-title"];
      const slug = title
        ? `-${title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")}`
        : "";
      node.properties["data-lang"] = this.options.lang;
      node.properties["data-example-id"] = `example-${count}${slug}`;
      const schema = (this.options.meta as Record<string, string | undefined> | undefined)?.["data-schema"];
      const href = tryItHref(schema, this.source);
      if (href) node.properties["data-try-it"] = href;
    },
  };
}

/** Collects h2/h3 after `rehype-slug` so the table of contents uses exactly the rendered ids. */
function rehypeCollectToc(toc: TocEntry[]) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        toc.push({ id: node.properties.id, text: hastToString(node), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
  };
}

/** Splits the page into sections at h2/h3 (after rehype-slug, so anchors match the page). */
function rehypeCollectSections(sections: PageSection[]) {
  return () => (tree: Root) => {
    let current: PageSection = { id: "", heading: "", text: "", code: "" };
    sections.push(current);
    for (const node of tree.children) {
      if (node.type !== "element") continue;
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        current = { id: node.properties.id, heading: hastToString(node), text: "", code: "" };
        sections.push(current);
      } else if (node.tagName === "pre") {
        current.code += ` ${hastToString(node)}`;
      } else {
        current.text += ` ${hastToString(node)}`;
      }
    }
  };
}

/** Compiles a page body to React at build time: GFM tables, heading ids, Shiki in light and dark. */
async function compilePage(body: string) {
  const toc: TocEntry[] = [];
  const sections: PageSection[] = [];
  const { content } = await compileMDX({
    source: body,
    components: mdxComponents,
    options: {
      parseFrontmatter: false,
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [
          rehypeSlug,
          rehypeCollectToc(toc),
          rehypeCollectSections(sections),
          [
            rehypeShiki,
            {
              themes: { light: "github-light-default", dark: "github-dark-default" },
              defaultColor: false,
              langs: ["json", "jsonc", "http", "bash", "shell", "typescript", "python", "csv"],
              parseMetaString: fenceMetaAsDataAttributes,
              transformers: [exampleAttributes()],
            },
          ],
        ],
      },
    },
  });
  return { content, toc, sections };
}

/**
 * The page body as React, its table of contents and its sections for the search index. A page and
 * `/search-index.json` compile the same source, so it is compiled once per production process (the
 * result is an element and two small arrays; rendering it is React's work, not repeated here).
 */
export const renderMdx = memoizeInProduction(compilePage);
