import type { ProductId } from "@portico/schemas/products";
import { pqcSandbox } from "./pqc/sandbox.ts";
import type { ProductSandbox } from "./product-sandbox.ts";
import { throttleSandbox } from "./throttle/sandbox.ts";

/**
 * Every registered product's sandbox module. Keyed by the registry's ids, so a product added
 * to `@portico/schemas/products` without its sandbox here does not compile.
 */
export const PRODUCT_SANDBOXES = {
  throttle: throttleSandbox,
  pqc: pqcSandbox,
} satisfies { [Id in ProductId]: ProductSandbox<Id> };
