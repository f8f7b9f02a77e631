import type { Options } from "minisearch";

/** One searchable thing: a page section, an API operation or an error code. */
export interface SearchDocument {
  id: string;
  kind: "section" | "operation" | "error";
  title: string;
  /** Where the result lands: a page and its exact heading anchor. */
  href: string;
  /** Product and page, shown under the title. */
  context: string;
  text: string;
  code: string;
}

/** Shared by the build that writes the index and the dialog that loads it; they must agree. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "text", "code"],
  storeFields: ["kind", "title", "href", "context", "text"],
  searchOptions: { boost: { title: 3, code: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: "AND" },
  // Identifiers like unrecognized_keys and Idempotency-Key stay whole as well as split.
  tokenize: (text) => {
    const words = text.split(/[^\p{L}\p{N}_-]+/u).filter(Boolean);
    return [...new Set([...words, ...words.flatMap((w) => w.split(/[_-]+/))])].filter(Boolean);
  },
};
