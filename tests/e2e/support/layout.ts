import type { Page } from "@playwright/test";

/** Every route of the docs: home, product overviews, docs pages and the references. */
export const DOCS_ROUTES = [
  "/",
  "/pqc",
  "/throttle",
  "/pqc/conventions",
  "/throttle/conventions",
  "/pqc/sandbox",
  "/throttle/sandbox",
  "/pqc/reference",
  "/throttle/reference",
];

/** How far the page scrolls sideways (0 when it does not). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The fixed and sticky elements on screen, and each pair of them that overlap (one inside the
 * other does not count).
 */
export function pinnedOverlaps(page: Page) {
  return page.evaluate(() => {
    const pinned = [...document.querySelectorAll("body *")].filter((element) => {
      const { position, display, visibility } = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return (
        (position === "fixed" || position === "sticky") &&
        display !== "none" &&
        visibility !== "hidden" &&
        box.width > 0 &&
        box.height > 0
      );
    });
    const found: string[] = [];
    for (const [i, a] of pinned.entries()) {
      for (const b of pinned.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) {
          found.push(`${a.className} over ${b.className}`);
        }
      }
    }
    return { count: pinned.length, found };
  });
}
