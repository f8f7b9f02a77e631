/** Used when the reader's browser names no language that Intl can format. */
export const DEFAULT_LOCALE = "en";

/**
 * The reader's preferred locale from an `Accept-Language` header: the first tag, by quality, that
 * Intl supports. Dates in the admin are formatted with it on the server, so the page and its
 * hydration agree.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  const tags = (header ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of tags) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // A malformed tag is skipped, as a browser would never send one.
    }
  }
  return DEFAULT_LOCALE;
}
