import { getProduct, type ProductId } from "../products.ts";
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
 * examples are the product's own.
 */
export function provisionOperation(product: ProductId): OperationSpec {
  const definition = getProduct(product);
  return {
    operationId: "createSandboxKey",
    method: "post",
    path: "/keys",
    server: "/sandbox",
    summary: "Create a sandbox and its API keys",
    description: `Creates an isolated sandbox of the ${definition.name} seeded with realistic data: ${definition.sandboxKey.summary}. Sandboxes expire after 24 hours and are purged with everything in them.`,
    tag: PROVISIONING_TAG.name,
    authenticated: false,
    idempotent: false,
    requestBody: { schema: SandboxKeyRequest, example: { product } },
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

/** The tags of a product's operations, in order of first use, each with its description. */
export function tagsOf(product: ProductId): { name: string; description?: string }[] {
  const described: Record<string, string> = {
    ...getProduct(product).tags,
    [PROVISIONING_TAG.name]: PROVISIONING_TAG.description,
  };
  return [...new Set(operationsOf(product).map((op) => op.tag))].map((name) => ({
    name,
    ...(described[name] ? { description: described[name] } : {}),
  }));
}
