// Regenerates src/generated/*.ts from the schemas; the drift test fails until this is run.
import { writeFileSync } from "node:fs";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { generateTypes } from "./generate-types.ts";

for (const product of PRODUCT_IDS) {
  const file = new URL(`./generated/${product}.ts`, import.meta.url);
  writeFileSync(file, await generateTypes(product));
  console.log(`wrote ${file.pathname}`);
}
