import "server-only";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { env } from "@/env";
import { type PageEntry, PageFrontmatter, splitFrontmatter } from "./content";
import { memoizeInProduction } from "./memoize-in-production";

/**
 * Pages about Portico itself rather than one product: `content/<slug>.mdx`, at the root of
 * `content/` (product folders are its subfolders), served at `/<slug>`. Their `product` is empty,
 * so `readPageSource` reads and validates them like every other page.
 */
const loadPortalPages = memoizeInProduction<void, PageEntry[]>(async () => {
  const entries = await readdir(env.PORTICO_CONTENT_DIR, { withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".mdx")).map((entry) => entry.name);
  const pages = await Promise.all(
    files.map(async (name): Promise<PageEntry> => {
      const file = `content/${name}`;
      const { data } = splitFrontmatter(await readFile(join(env.PORTICO_CONTENT_DIR, name), "utf8"), file);
      const slug = name.slice(0, -".mdx".length);
      return {
        product: "",
        productName: "Portico",
        slug,
        href: `/${slug}`,
        frontmatter: PageFrontmatter.parse(data),
        file,
      };
    }),
  );
  return pages.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
});

/** Every page about Portico itself, in their declared order. */
export const getPortalPages = () => loadPortalPages(undefined);

/** The portal page at `/<slug>`, or undefined. */
export async function getPortalPage(slug: string): Promise<PageEntry | undefined> {
  return (await getPortalPages()).find((page) => page.slug === slug);
}
