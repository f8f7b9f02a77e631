import type { ProductDefinition } from "./product.ts";
import { pqc } from "./products/pqc.ts";
import { throttle } from "./products/throttle.ts";

export type { ListEnvelope, ProductDefinition } from "./product.ts";

/**
 * The one list of API products. A product is its `content/<id>/` folder, its module under
 * `products/` (schemas, operations, conventions) and its sandbox module; adding one adds its
 * entry here, and everything else derives from this list.
 */
export const PRODUCTS = [throttle, pqc] as const satisfies readonly ProductDefinition[];

export type ProductId = (typeof PRODUCTS)[number]["id"];

export const PRODUCT_IDS: readonly ProductId[] = PRODUCTS.map((product) => product.id);

export const isProductId = (value: unknown): value is ProductId =>
  typeof value === "string" && PRODUCT_IDS.includes(value as ProductId);

/** The product with this id, or undefined for anything else (including `__proto__` and friends). */
export const findProduct = (id: string | null | undefined): ProductDefinition | undefined =>
  PRODUCTS.find((product) => product.id === id);

/** The product with this id; throws for an id that is not registered. */
export function getProduct(id: string): ProductDefinition {
  const product = findProduct(id);
  if (!product) throw new Error(`unknown product: ${id}`);
  return product;
}
