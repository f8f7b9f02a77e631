/** Longer than this, a piece of code may break anywhere rather than widen the page. */
const LONGEST_WHOLE = 28;

/** A run of inline code: whitespace, a piece kept whole, or a piece too long to keep whole. */
export type CodeSegment = { text: string; kind: "space" | "whole" | "long"; breakBefore: boolean };

/**
 * Inline code cut where a line may break without misleading: at spaces, after a `/` that ends a
 * segment (not a leading one), and before `?`, `&` and `{`. Nothing else breaks, so `utf-8`,
 * `X-Request-Id` and `{customerId}` stay whole; `breakBefore` marks a piece that follows another
 * without a space.
 */
export function codeSegments(text: string): CodeSegment[] {
  return text.split(/(\s+)/).flatMap((word): CodeSegment[] => {
    if (word === "") return [];
    if (/^\s+$/.test(word)) return [{ text: word, kind: "space", breakBefore: false }];
    return word
      .split(/(?<=[^/]\/)(?!\/)|(?=[?&{])/)
      .filter((piece) => piece !== "")
      .map((piece, i) => ({ text: piece, kind: piece.length > LONGEST_WHOLE ? "long" : "whole", breakBefore: i > 0 }));
  });
}
