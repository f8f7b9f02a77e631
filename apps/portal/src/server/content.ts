import "server-only";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { assertExamplesValid } from "@portico/schemas/examples";
import { findProduct } from "@portico/schemas/products";
import { cache } from "react";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { env } from "@/env";
import { memoizeInProduction } from "./memoize-in-production";

const hasApiReference = (product: string) => findProduct(product) !== undefined;

/** `content/<product>/_product.json`. */
const ProductMeta = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int(),
});

/** Frontmatter every page carries. */
export const PageFrontmatter = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Short label shown above the title, such as the section the page belongs to. */
  eyebrow: z.string().min(1).optional(),
  /**
   * Sidebar section the page is listed under. The sidebar lists the pages of the reader's own
   * section and one link for each other section, so a product of hundreds of pages does not put
   * every link into every page.
   */
  group: z.string().min(1).optional(),
  lastUpdated: z.iso.date().optional(),
  order: z.number().int(),
});
export type PageFrontmatter = z.infer<typeof PageFrontmatter>;

export interface PageEntry {
  product: string;
  productName: string;
  slug: string;
  href: string;
  frontmatter: PageFrontmatter;
  /** Repository-relative path, for error messages. */
  file: string;
  /** Rendered from the OpenAPI document rather than from an MDX file. */
  generated?: boolean;
}

export interface Product {
  id: string;
  name: string;
  summary: string;
  order: number;
  href: string;
  pages: PageEntry[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits the YAML frontmatter from the MDX body, keeping the body's line count. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file}:1: missing frontmatter (title, description, order)`);
  // Blank lines stand in for the frontmatter so MDX errors keep the file's line numbers.
  const body = "\n".repeat(match[0].split("\n").length - 1) + source.slice(match[0].length);
  return { data: parseYaml(match[1] ?? ""), body };
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

const repoRelative = (path: string) => relative(join(env.PORTICO_CONTENT_DIR, ".."), path);

async function loadProduct(id: string): Promise<Product> {
  const dir = join(env.PORTICO_CONTENT_DIR, id);
  const metaFile = join(dir, "_product.json");
  const meta = parseOrThrow(ProductMeta, JSON.parse(await readFile(metaFile, "utf8")), repoRelative(metaFile));
  const files = (await readdir(dir)).filter((name) => name.endsWith(".mdx"));
  const pages = await Promise.all(
    files.map(async (name): Promise<PageEntry> => {
      const path = join(dir, name);
      const file = repoRelative(path);
      const { data } = splitFrontmatter(await readFile(path, "utf8"), file);
      const slug = name.slice(0, -".mdx".length);
      return {
        product: id,
        productName: meta.name,
        slug,
        href: `/${id}/${slug}`,
        frontmatter: parseOrThrow(PageFrontmatter, data, file),
        file,
      };
    }),
  );
  pages.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  if (hasApiReference(id)) {
    pages.push({
      product: id,
      productName: meta.name,
      slug: "reference",
      href: `/${id}/reference`,
      frontmatter: {
        title: "API reference",
        description: `Every operation of the ${meta.name}, and a client to try them against the sandbox.`,
        order: 1000,
      },
      file: `packages/schemas/src/products/${id}.ts`,
      generated: true,
    });
  }
  return { id, ...meta, href: `/${id}`, pages };
}

async function loadProducts(): Promise<Product[]> {
  const entries = await readdir(env.PORTICO_CONTENT_DIR, { withFileTypes: true });
  const products = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => loadProduct(e.name)));
  return products.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Read once per production process: per render, every page of an N-page site would read all N
 * files again, N² reads in a build.
 */
const loadProductsOnce = memoizeInProduction<void, Product[]>(loadProducts);

/** Every product folder under `content/`, in their declared order, each with its pages in order. */
export const getProducts = cache((): Promise<Product[]> => loadProductsOnce());

/** One sentence naming every product, for the site's description and `/llms.txt`. */
export const portalSummary = (products: Product[]) =>
  `API conventions, references and sandboxes for ${new Intl.ListFormat("en", { type: "conjunction" }).format(
    products.map((product) => `the ${product.name}`),
  )}.`;

export async function getProduct(id: string): Promise<Product | undefined> {
  return (await getProducts()).find((product) => product.id === id);
}

/**
 * The page, its product and its neighbours in its product's reading order; the first and last
 * pages have none on their open side, since a reader of one API has no use for another's.
 */
export async function getPage(productId: string, slug: string) {
  const product = await getProduct(productId);
  const index = product?.pages.findIndex((page) => page.slug === slug) ?? -1;
  const page = product?.pages[index];
  if (!page || !product) return undefined;
  return { page, product, previous: product.pages[index - 1], next: product.pages[index + 1] };
}

/**
 * The MDX body of a page, after its examples have been checked against the shared schemas.
 * An invalid example throws with `file:line`, which fails `next build` for that page. The page,
 * its .md twin, /llms-full.txt and the search index all read the same source, so it is read and
 * checked once per production process (keyed by the entry, which `getProducts` makes once).
 */
export const readPageSource = memoizeInProduction(async (page: PageEntry): Promise<string> => {
  const source = await readFile(join(env.PORTICO_CONTENT_DIR, page.product, `${page.slug}.mdx`), "utf8");
  assertExamplesValid(source, page.file);
  return splitFrontmatter(source, page.file).body;
});
