import type { PageEntry } from "@/server/content";

/** A run of the sidebar: a page listed on its own, or the pages of one frontmatter `group`. */
export type SidebarEntry =
  | { kind: "page"; page: PageEntry }
  /** `open` when the current page is one of the group's: only then are its pages listed. */
  | { kind: "group"; name: string; pages: [PageEntry, ...PageEntry[]]; open: boolean };

/**
 * The sidebar's runs in reading order: ungrouped pages stand alone, and a group sits where its
 * first page does, holding every page of that group even when they are not adjacent.
 */
export function sidebarEntries(pages: readonly PageEntry[], currentHref?: string): SidebarEntry[] {
  const entries: SidebarEntry[] = [];
  const groups = new Map<string, Extract<SidebarEntry, { kind: "group" }>>();
  for (const page of pages) {
    const name = page.frontmatter.group;
    if (name === undefined) {
      entries.push({ kind: "page", page });
      continue;
    }
    let group = groups.get(name);
    if (group) group.pages.push(page);
    else {
      group = { kind: "group", name, pages: [page], open: false };
      groups.set(name, group);
      entries.push(group);
    }
    if (page.href === currentHref) group.open = true;
  }
  return entries;
}
