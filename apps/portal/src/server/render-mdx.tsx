import "server-only";
import { parseFenceMeta } from "@portico/schemas/examples";
import rehypeShiki from "@shikijs/rehype";
import type { Element, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { codeToHast, hastToHtml, type ShikiTransformer } from "shiki";
import { visit } from "unist-util-visit";
import { mdxComponents } from "@/components/mdx-components";
import { codeSegments } from "@/lib/code-segments";
import { isProduct, type ProductId } from "@/lib/playground/operations";
import { playgroundHref } from "@/lib/playground/playground-href";
import { matchRequestExample, PLACEHOLDER_ORIGIN, type RequestExample } from "@/lib/playground/request-examples";
import { SAMPLE_LANGUAGES, sampleRequest } from "@/lib/playground/samples";
import { memoizeInProduction } from "./memoize-in-production";

const SHIKI_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

/** The tab a request example's own text gets, by how it is written. */
const OWN_TAB: Record<RequestExample["form"], string> = { "json-body": "JSON", "request-line": "HTTP", curl: "curl" };

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

/**
 * A generated sample's `<code>`, labelled with its tab and empty: its highlighted markup rides in
 * `data-html` and enters the page only when its tab is chosen. Hidden tabs were nearly half of a
 * sandbox page's elements (487 of 1,088), each parsed, hydrated and carried in the payload twice,
 * for panels that cannot be shown without scripts anyway.
 */
async function highlightedCode(code: string, lang: string, tab: string): Promise<Element | undefined> {
  const root = await codeToHast(code, { lang, themes: SHIKI_THEMES, defaultColor: false });
  const pre = root.children[0];
  const inner = pre?.type === "element" ? pre.children.find((child) => child.type === "element") : undefined;
  if (inner?.type !== "element") return undefined;
  return {
    ...inner,
    properties: { ...inner.properties, "data-tab": tab, "data-html": hastToHtml(inner) },
    children: [],
  };
}

/**
 * Every request example (a JSON request body, a request line, a curl command) that matches one of
 * the page's product's operations gets a "Try it" link to that operation in the playground and
 * the playground's own curl, TypeScript and Python samples of the same request, as further
 * `<code>` children of its `<pre>` (the code block draws them as tabs). Samples are written for
 * `PLACEHOLDER_ORIGIN`, which the browser replaces with the page's origin.
 */
function rehypeRequestSamples(product: ProductId) {
  return () => async (tree: Root) => {
    const blocks: Element[] = [];
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "pre" && typeof node.properties["data-lang"] === "string") blocks.push(node);
    });
    for (const pre of blocks) {
      const code = pre.children.find((child): child is Element => child.type === "element");
      const example = matchRequestExample(product, {
        lang: String(pre.properties["data-lang"]),
        schema: typeof pre.properties["data-schema"] === "string" ? pre.properties["data-schema"] : undefined,
        code: hastToString(pre),
      });
      if (!example || !code) continue;
      pre.properties["data-try-it"] = playgroundHref(product, example.op.operationId, example.request);
      code.properties["data-tab"] = OWN_TAB[example.form];
      const request = sampleRequest(product, example.op, example.request, PLACEHOLDER_ORIGIN);
      for (const language of SAMPLE_LANGUAGES) {
        if (example.form === "curl" && language.id === "curl") continue;
        const sample = await highlightedCode(language.write(request), language.lang, language.label);
        if (sample) pre.children.push(sample);
      }
    }
  };
}

/** Inline code (not a block's) cut into pieces that wrap only where `codeSegments` allows. */
function rehypeInlineCodeBreaks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, _index, parent) => {
      if (node.tagName !== "code" || (parent?.type === "element" && parent.tagName === "pre")) return;
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== "text") return;
      node.children = codeSegments(only.value).flatMap((segment): Element["children"] => {
        if (segment.kind === "space") return [{ type: "text", value: segment.text }];
        const piece: Element = {
          type: "element",
          tagName: "span",
          properties: segment.kind === "whole" ? { className: ["code-whole"] } : {},
          children: [{ type: "text", value: segment.text }],
        };
        return segment.breakBefore
          ? [{ type: "element", tagName: "wbr", properties: {}, children: [] }, piece]
          : [piece];
      });
    });
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

/**
 * Compiles a page body of `product` to React at build time: GFM tables, heading ids, Shiki in
 * light and dark, request examples with their samples.
 */
async function compilePage(body: string, product: string) {
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
          rehypeInlineCodeBreaks,
          [
            rehypeShiki,
            {
              themes: SHIKI_THEMES,
              defaultColor: false,
              langs: ["json", "jsonc", "http", "bash", "shell", "typescript", "python", "csv"],
              parseMetaString: fenceMetaAsDataAttributes,
              transformers: [exampleAttributes()],
            },
          ],
          ...(isProduct(product) ? [rehypeRequestSamples(product)] : []),
        ],
      },
    },
  });
  return { content, toc, sections };
}

const compilers = new Map<string, (body: string) => ReturnType<typeof compilePage>>();

/**
 * A page body of `product` as React, its table of contents and its sections for the search index.
 * A page and `/search-index.json` compile the same source, so it is compiled once per production
 * process (the result is an element and two small arrays; rendering it is React's work, not
 * repeated here). The product decides which operations its request examples are matched against;
 * a page under no product (the portal's own) has none.
 */
export function renderMdx(body: string, product = "") {
  let compile = compilers.get(product);
  if (!compile) {
    compile = memoizeInProduction((source: string) => compilePage(source, product));
    compilers.set(product, compile);
  }
  return compile(body);
}
