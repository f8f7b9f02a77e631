/**
 * Elision markers let a docs example leave out what is beside the point, as the seed pages do:
 * `[...]` (any array), `"..."` (any string) and a string ending in `...` such as `"9f6e..."`
 * (a string whose tail was cut). An elided value must still have the expected type; only the
 * checks on its content (format, length, items) are waived, and only at that exact path.
 */

/** Stands in for `[...]` so that the example parses as JSON. */
const ARRAY_MARKER = "\u0000portico:elided-array";

type JsonPath = (string | number)[];

/**
 * Replaces each `[...]` outside string literals by a one-element marker array, keeping any line
 * breaks it spanned so that later line numbers stay true.
 */
export function markElidedArrays(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|\[\s*\.\.\.\s*\]/g, (match) =>
    match.startsWith('"') ? match : `[${JSON.stringify(ARRAY_MARKER)}${"\n".repeat(match.split("\n").length - 1)}]`,
  );
}

export interface ElidedValue {
  /** The parsed value with elided arrays replaced by `[]`. */
  value: unknown;
  /** Paths of elided arrays and strings, for waiving content checks there. */
  elidedPaths: JsonPath[];
}

/** Collects elided paths and swaps marker arrays for empty ones. */
export function resolveElisions(parsed: unknown): ElidedValue {
  const elidedPaths: JsonPath[] = [];
  const walk = (node: unknown, path: JsonPath): unknown => {
    if (Array.isArray(node)) {
      if (node.length === 1 && node[0] === ARRAY_MARKER) {
        elidedPaths.push(path);
        return [];
      }
      return node.map((item, index) => walk(item, [...path, index]));
    }
    if (typeof node === "string") {
      if (node.endsWith("...")) elidedPaths.push(path);
      return node;
    }
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return node;
  };
  return { value: walk(parsed, []), elidedPaths };
}

/** Issue codes about a value's content (format, length, size): the only ones an elision waives. */
const CONTENT_CODES = new Set(["invalid_format", "too_small", "too_big"]);

/** The parts of a Zod issue the waiver looks at; `errors` holds each union branch's issues. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  errors?: readonly (readonly IssueLike[])[];
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((segment, index) => segment === b[index]);

/**
 * True when an elision excuses this issue: a content check failing exactly at an elided value,
 * or a union where some branch fails only in such waivable ways. Type, literal and enum
 * mismatches are never excused.
 */
export function isWaived(issue: IssueLike, elidedPaths: JsonPath[], prefix: readonly PropertyKey[] = []): boolean {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors) {
    return issue.errors.some(
      (branch) => branch.length > 0 && branch.every((inner) => isWaived(inner, elidedPaths, path)),
    );
  }
  return CONTENT_CODES.has(issue.code) && elidedPaths.some((elided) => samePath(elided, path));
}
