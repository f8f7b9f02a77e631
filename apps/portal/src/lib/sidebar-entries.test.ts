import { describe, expect, it } from "vitest";
import type { PageEntry } from "@/server/content";
import { sidebarEntries } from "./sidebar-entries";

const page = (slug: string, group?: string): PageEntry => ({
  product: "p",
  productName: "P",
  slug,
  href: `/p/${slug}`,
  frontmatter: { title: slug, description: slug, order: 0, ...(group ? { group } : {}) },
  file: `content/p/${slug}.mdx`,
});

const summary = (entries: ReturnType<typeof sidebarEntries>) =>
  entries.map((entry) =>
    entry.kind === "page"
      ? entry.page.slug
      : `${entry.name}${entry.open ? " (open)" : ""}: ${entry.pages.map((p) => p.slug).join(",")}`,
  );

describe("sidebarEntries", () => {
  const pages = [page("intro"), page("a1", "A"), page("a2", "A"), page("b1", "B"), page("a3", "A"), page("end")];

  it("keeps reading order, placing each group where its first page is", () => {
    expect(summary(sidebarEntries(pages))).toEqual(["intro", "A: a1,a2,a3", "B: b1", "end"]);
  });

  it("opens only the group that holds the current page", () => {
    expect(summary(sidebarEntries(pages, "/p/a3"))).toEqual(["intro", "A (open): a1,a2,a3", "B: b1", "end"]);
    expect(summary(sidebarEntries(pages, "/p/b1"))).toEqual(["intro", "A: a1,a2,a3", "B (open): b1", "end"]);
  });

  it("opens nothing when the current page is ungrouped or unknown", () => {
    expect(summary(sidebarEntries(pages, "/p/intro"))).toEqual(["intro", "A: a1,a2,a3", "B: b1", "end"]);
    expect(summary(sidebarEntries(pages))).not.toContain("(open)");
  });
});
