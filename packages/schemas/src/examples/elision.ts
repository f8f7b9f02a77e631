/**
 * Elision markers let a docs example leave out what is beside the point, as the seed pages do:
 * `[...]` (any array), `"..."` (any string) and a string ending in `...` such as `"9f6e..."`
 * (a string whose tail was cut). An elided value must still have the expected type; only the
 * checks on its content (format, length, items) are waived, and only at that exact path.
 */

/** Stands in for `[...]` so that the example parses as JSON. */
const ARRAY_MARKER = "\u0000portico:elided-array";

type JsonPath = (string | number)[];

/** Replaces each `[...]` outside string literals by a one-element marker array, on the same line. */
export function markElidedArrays(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|\[\s*\.\.\.\s*\]/g, (match) =>
    match.startsWith('"') ? match : `[${JSON.stringify(ARRAY_MARKER)}]`,
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

/** True when an issue at `issuePath` with `code` is waived by an elision. Type errors never are. */
export function isWaived(issuePath: readonly PropertyKey[], code: string, elidedPaths: JsonPath[]): boolean {
  if (code === "invalid_type") return false;
  return elidedPaths.some(
    (path) => path.length === issuePath.length && path.every((segment, index) => segment === issuePath[index]),
  );
}
