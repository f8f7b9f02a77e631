import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

/**
 * Where a product may be named: the registry, the product's own modules (its schemas, operations,
 * definition and sandbox folder), the sandbox's list of product modules, the client types
 * generated from the documents (whose provisioning operation lists every product), and tests.
 */
function mayName(file: string, product: string): boolean {
  return (
    /\.test\.tsx?$/.test(file) ||
    file === "packages/schemas/src/products.ts" ||
    file === `packages/schemas/src/products/${product}.ts` ||
    file === `packages/schemas/src/${product}.ts` ||
    file === `packages/schemas/src/openapi/${product}-operations.ts` ||
    file.startsWith(`packages/sandbox/src/${product}/`) ||
    file === "packages/sandbox/src/product-sandboxes.ts" ||
    file.startsWith("packages/api-client/src/generated/")
  );
}

const files = [
  ...sourceFiles(join(root, "apps/portal/src")),
  ...readdirSync(join(root, "packages")).flatMap((name) => sourceFiles(join(root, "packages", name, "src"))),
];

describe("products are named only where they are defined", () => {
  it("scans the portal's and every package's sources", () => {
    expect(files).toContain("packages/schemas/src/products.ts");
    expect(files).toContain("apps/portal/src/server/content.ts");
    expect(PRODUCT_IDS.length).toBeGreaterThanOrEqual(2);
  });

  it.each(PRODUCT_IDS)("no source outside the registry, %s's own modules and tests names it", (product) => {
    const word = new RegExp(`\\b${product}\\b`, "i");
    const naming = files.filter((file) => !mayName(file, product) && word.test(readFileSync(join(root, file), "utf8")));
    expect(naming).toEqual([]);
  });
});
