import { getProduct, PRODUCT_IDS, PRODUCTS, type ProductId } from "../products.ts";
import { SandboxKeyRequest, SandboxKeyResponse } from "../sandbox-keys.ts";
import { EXAMPLE_REQUEST_ID } from "./examples.ts";
import type { OperationSpec } from "./operation.ts";

export type { ProductId } from "../products.ts";

/** The provisioning operation's tag, which every product's document lists beside its own. */
const PROVISIONING_TAG = {
  name: "Sandbox",
  description: "Getting a sandbox of this API: seeded data and the keys to call it, for 24 hours.",
};

export type { OperationSpec, ResponseSpec } from "./operation.ts";

/**
 * `POST /sandbox/keys`, listed in every product's document so a reader of any can get a key; its
 * examples are the product's own. Without a product (Portico's own document) it speaks of all of
 * them, with the first one's examples.
 */
export function provisionOperation(product?: ProductId): OperationSpec {
  const definition = getProduct(product ?? (PRODUCT_IDS[0] as ProductId));
  const what = product
    ? `an isolated sandbox of the ${definition.name} seeded with realistic data: ${definition.sandboxKey.summary}`
    : `an isolated sandbox of the product named in the body (${PRODUCTS.map((p) => `\`${p.id}\`: ${p.name}`).join(", ")}), seeded with realistic data; \`data\` is that product's key block`;
  return {
    operationId: "createSandboxKey",
    method: "post",
    path: "/keys",
    server: "/sandbox",
    summary: "Create a sandbox and its API keys",
    description: `Creates ${what}. Sandboxes expire after 24 hours and are purged with everything in them.`,
    tag: PROVISIONING_TAG.name,
    authenticated: false,
    idempotent: false,
    limit: "Too many sandboxes created",
    requestBody: { schema: SandboxKeyRequest, example: { product: definition.id } },
    responses: {
      201: {
        description: "The sandbox was created; keep the keys, they are shown once",
        schema: SandboxKeyResponse,
        example: { data: definition.sandboxKey.example, meta: { requestId: EXAMPLE_REQUEST_ID } },
      },
    },
  };
}

const listed = new Map<ProductId, OperationSpec[]>();

/**
 * Every operation a product's document lists: its own, then sandbox provisioning. The same array
 * each time, so callers (the playground's effects) can compare operations by identity.
 */
export function operationsOf(product: ProductId): OperationSpec[] {
  let operations = listed.get(product);
  if (!operations) {
    operations = [...getProduct(product).operations, provisionOperation(product)];
    listed.set(product, operations);
  }
  return operations;
}

/** The tags `operations` use, in order of first use, each with its description in `described`. */
export function tagsWithDescriptions(
  operations: readonly OperationSpec[],
  described: Record<string, string>,
): { name: string; description?: string }[] {
  const all: Record<string, string> = { ...described, [PROVISIONING_TAG.name]: PROVISIONING_TAG.description };
  return [...new Set(operations.map((op) => op.tag))].map((name) => ({
    name,
    ...(all[name] ? { description: all[name] } : {}),
  }));
}

/** The tags of a product's operations, in order of first use, each with its description. */
export const tagsOf = (product: ProductId) => tagsWithDescriptions(operationsOf(product), getProduct(product).tags);
