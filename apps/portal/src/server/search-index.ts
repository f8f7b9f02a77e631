import "server-only";
import { ERROR_CODES } from "@portico/schemas/common";
import { operationsOf } from "@portico/schemas/operations";
import { isProductId, PRODUCTS } from "@portico/schemas/products";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as plainText } from "mdast-util-to-string";
import MiniSearch from "minisearch";
import { scalarOperationHash } from "@/lib/scalar-operation-hash";
import { SEARCH_OPTIONS, type SearchDocument } from "@/lib/search-options";
import { getProducts, readPageSource } from "./content";
import { renderMdx } from "./render-mdx";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** An operation's Markdown description as the plain text a reader sees (no backticks). */
const markdownToText = (markdown: string) =>
  squash(
    fromMarkdown(markdown)
      .children.map((block) => plainText(block))
      .join(" "),
  );

/** Every section of every docs page, every API operation and every error code, as documents. */
export async function searchDocuments(): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  for (const product of await getProducts()) {
    for (const page of product.pages) {
      if (page.generated) continue;
      const { sections } = await renderMdx(await readPageSource(page), product.id);
      for (const section of sections) {
        if (!section.id && !squash(section.text)) continue;
        documents.push({
          id: `${page.href}#${section.id}`,
          kind: "section",
          title: section.heading || page.frontmatter.title,
          href: section.id ? `${page.href}#${section.id}` : page.href,
          context: `${product.name} · ${page.frontmatter.title}`,
          text: squash(section.id ? section.text : `${page.frontmatter.description} ${section.text}`),
          code: squash(section.code),
        });
      }
    }
    if (isProductId(product.id)) {
      for (const op of operationsOf(product.id)) {
        const request = `${op.method.toUpperCase()} ${op.path}`;
        documents.push({
          id: `${product.id}:${op.operationId}`,
          kind: "operation",
          title: op.summary,
          href: `/${product.id}/reference${scalarOperationHash(op.tag, op.method, op.path)}`,
          context: `${request} · ${product.name} · ${op.tag}`,
          text: markdownToText(op.description),
          code: `${op.operationId} ${request}`,
        });
      }
    }
  }
  // Error codes link to the first product whose conventions list them.
  const errorsHref = PRODUCTS.find((product) => product.conventions.errorsHref)?.conventions.errorsHref;
  for (const code of errorsHref === undefined ? [] : ERROR_CODES) {
    documents.push({
      id: `error:${code}`,
      kind: "error",
      title: code,
      href: errorsHref ?? "",
      context: "Error codes · the error envelope",
      // The title carries the code and its words; repeating them in text and code made every word
      // of a code count three times, above the prose about it.
      text: `error.code ${code}`,
      code: "",
    });
  }
  return documents;
}

/** The serialized MiniSearch index the dialog loads when it opens. */
export async function buildSearchIndex(): Promise<string> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(await searchDocuments());
  return JSON.stringify(index);
}
