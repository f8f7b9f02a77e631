import type { Options, Query } from "minisearch";

/** One searchable thing: a page section, an API operation or an error code. */
export interface SearchDocument {
  id: string;
  kind: "section" | "operation" | "error";
  /** What the hit is called: a section's heading, an operation's summary, an error's code. */
  title: string;
  /** Where the result lands: a page and its exact heading anchor, or an operation's details. */
  href: string;
  /** Product and page (an operation's method and path first), shown under the title. */
  context: string;
  /** Plain text, never Markdown or HTML: the dialog cuts its excerpts from it. */
  text: string;
  code: string;
}

/** How much more a term counts in an operation or error code whose own name holds it. */
const NAMED_BOOST = 4;

/** Lowercased words of a stored title, split as the index splits them. */
const nameTerms = (title: string) => new Set(title.split(/[^\p{L}\p{N}_-]+/u).flatMap(processTerm));

/**
 * A word in lower case, plus its parts when it is an identifier (`unrecognized_keys`,
 * `Idempotency-Key`, `applicationId`), so that either form finds it. Single letters ("a") are
 * dropped: they matched nearly every document.
 */
function processTerm(term: string): string[] {
  const parts = term
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .split(/[\s_-]+/)
    .map((part) => part.toLowerCase());
  return [...new Set([term.toLowerCase(), ...parts])].filter((word) => word.length > 1);
}

/** An operation is named by its summary's words, an error only by its whole code; prose by nothing. */
function namedBoost(_id: unknown, term: string, stored?: Record<string, unknown>): number {
  if (stored?.kind === "error") return stored.title === term ? NAMED_BOOST : 0;
  if (stored?.kind === "operation") return nameTerms(String(stored.title)).has(term) ? NAMED_BOOST : 0;
  return 0;
}

/**
 * How much more a section of a product's conventions page counts: that page states the rules and,
 * as it says itself, wins over the other pages when they differ, so its section on a concept
 * ("idempotency", "pagination") comes before a sandbox page's notes on the same concept.
 */
const CONVENTIONS_BOOST = 3;

const conventionsFirst = (_id: unknown, _term: string, stored?: Record<string, unknown>): number =>
  stored?.kind === "section" && /^\/[^/]+\/conventions(?:#|$)/.test(String(stored.href)) ? CONVENTIONS_BOOST : 1;

/**
 * The query the dialog runs: the words as typed (prefix and typo tolerant), plus, added to the
 * score, the same words matched exactly against the names of operations and error codes; sections
 * of conventions pages count more (see {@link CONVENTIONS_BOOST}). A query
 * that names one ("create cart", "missing_application_id") ranks it above the prose that mentions
 * it, while "idempotency" (a prefix of three codes, the name of none) still ranks the prose first.
 * The second part is exact because `boostDocument` sees the matched term, not the typed one.
 */
export const namedFirst = (query: string): Query => ({
  combineWith: "OR",
  queries: [
    { queries: [query], combineWith: "AND", boostDocument: conventionsFirst },
    { queries: [query], combineWith: "AND", prefix: false, fuzzy: false, boostDocument: namedBoost },
  ],
});

/** Shared by the build that writes the index and the dialog that loads it; they must agree. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "text", "code"],
  storeFields: ["kind", "title", "href", "context", "text"],
  tokenize: (text) => text.split(/[^\p{L}\p{N}_-]+/u).filter(Boolean),
  processTerm,
  searchOptions: {
    boost: { title: 3, code: 1.5 },
    combineWith: "AND",
    // Short words neither expand nor bend: "get" would otherwise match "set" and "a" everything.
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  },
};

/** An excerpt of the text around the first matched term: what the dialog and the MCP server show. */
export function excerpt(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), text.length);
  const start = Math.max(0, (at === text.length ? 0 : at) - 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, start + 160)}${start + 160 < text.length ? "…" : ""}`;
}
