import "server-only";
import { parseFenceMeta } from "@portico/schemas/examples";
import rehypeShiki from "@shikijs/rehype";
import type { Element, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import type { ShikiTransformer } from "shiki";
import { visit } from "unist-util-visit";
import { mdxComponents } from "@/components/mdx-components";

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

/** Compiles a page body to React at build time: GFM tables, heading ids, Shiki in light and dark. */
export async function renderMdx(body: string) {
  const toc: TocEntry[] = [];
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
  return { content, toc };
}
