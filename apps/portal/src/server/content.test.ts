import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const realContent = resolve(import.meta.dirname, "../../../../content");

/** Loads the content module against a copy of content/ that a test may corrupt. */
async function loadWith(mutate?: (dir: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "portico-content-"));
  const dir = join(root, "content");
  cpSync(realContent, dir, { recursive: true });
  mutate?.(dir);
  vi.resetModules();
  vi.stubEnv("PORTICO_CONTENT_DIR", dir);
  return import("./content.ts");
}

describe("content loader", () => {
  let content: Awaited<ReturnType<typeof loadWith>>;
  beforeAll(async () => {
    content = await loadWith();
  });

  it("discovers both products in their declared order with their pages", async () => {
    const products = await content.getProducts();
    expect(products.map((p) => [p.id, p.name])).toEqual([
      ["pqc", "PQC Inventory API"],
      ["throttle", "Throttle API"],
    ]);
    expect(products.map((p) => p.pages.map((page) => page.href))).toEqual([
      ["/pqc/conventions", "/pqc/sandbox", "/pqc/reference"],
      ["/throttle/conventions", "/throttle/sandbox", "/throttle/reference"],
    ]);
    expect(products[0]?.pages[0]?.frontmatter).toMatchObject({ title: "API conventions", lastUpdated: "2026-06-09" });
  });

  it("links pages in reading order within their product, never into another", async () => {
    const pqc = await content.getPage("pqc", "conventions");
    expect(pqc?.previous).toBeUndefined();
    expect(pqc?.next?.href).toBe("/pqc/sandbox");
    expect((await content.getPage("pqc", "sandbox"))?.next?.href).toBe("/pqc/reference");
    expect((await content.getPage("pqc", "reference"))?.next).toBeUndefined();
    expect((await content.getPage("throttle", "conventions"))?.previous).toBeUndefined();
    expect((await content.getPage("throttle", "sandbox"))?.previous?.href).toBe("/throttle/conventions");
    expect(await content.getPage("throttle", "missing")).toBeUndefined();
  });

  it("keeps the body's line numbers when it strips the frontmatter", () => {
    const source = "---\ntitle: x\n---\n# One\n";
    const { data, body } = content.splitFrontmatter(source, "f.mdx");
    expect(data).toEqual({ title: "x" });
    expect(body.split("\n")[3]).toBe("# One");
  });

  it("picks up a page added as a file, and refuses one with bad frontmatter", async () => {
    const added = await loadWith((dir) =>
      writeFileSync(
        join(dir, "throttle/carts.mdx"),
        "---\ntitle: Carts\ndescription: Carts.\norder: 2\n---\n\nText.\n",
      ),
    );
    const throttle = (await added.getProducts()).find((p) => p.id === "throttle");
    expect(throttle?.pages.map((p) => p.slug)).toEqual(["conventions", "carts", "sandbox", "reference"]);

    const bad = await loadWith((dir) => writeFileSync(join(dir, "pqc/bad.mdx"), "---\ntitle: Bad\n---\n"));
    await expect(bad.getProducts()).rejects.toThrow(/content\/pqc\/bad\.mdx: .*description/s);
  });

  it("refuses to render a page whose example does not validate, naming file and line", async () => {
    const broken = await loadWith((dir) => {
      const file = join(dir, "throttle/conventions.mdx");
      writeFileSync(file, readFileSync(file, "utf8").replace('"limit": 25', '"limit": 250'));
    });
    const found = await broken.getPage("throttle", "conventions");
    if (!found) throw new Error("page missing");
    await expect(broken.readPageSource(found.page)).rejects.toThrow(
      /content\/throttle\/conventions\.mdx:\d+: throttle\.ListResponse: meta\.pagination\.limit/,
    );
  });
});
