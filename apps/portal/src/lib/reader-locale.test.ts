import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from "./reader-locale";

describe("localeFromAcceptLanguage", () => {
  it("takes the reader's first language by quality", () => {
    expect(localeFromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr-CH");
    expect(localeFromAcceptLanguage("en;q=0.5, de-DE;q=0.9")).toBe("de-DE");
  });

  it("skips what Intl cannot use and falls back when nothing is left", () => {
    expect(localeFromAcceptLanguage("*, not a tag!, ja;q=0.2")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0")).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage(null)).toBe(DEFAULT_LOCALE);
  });
});
