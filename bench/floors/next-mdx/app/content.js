// The portal's own content/ folder, read as the floor's pages. `next build` and `next start` run
// with this app as their working directory (bench/lighthouse.mjs starts them so).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const contentDir = join(process.cwd(), "../../../content");

/** Every product page under content/ as `{ product, page }`, the docs routes the portal builds. */
export async function pageParams() {
  const entries = await readdir(contentDir, { withFileTypes: true });
  const params = [];
  for (const dir of entries.filter((entry) => entry.isDirectory())) {
    for (const file of await readdir(join(contentDir, dir.name))) {
      if (file.endsWith(".mdx")) params.push({ product: dir.name, page: file.slice(0, -".mdx".length) });
    }
  }
  return params;
}

/** The raw MDX of one page, frontmatter included. */
export const pageSource = (product, page) => readFile(join(contentDir, product, `${page}.mdx`), "utf8");
