import { SandboxKeyRequest, SandboxKeyResponse } from "../sandbox-keys.ts";
import { EXAMPLE_IDS, EXAMPLE_REQUEST_ID, EXAMPLE_TIME } from "./examples.ts";
import type { OperationSpec } from "./operation.ts";
import { pqcOperations } from "./pqc-operations.ts";
import { throttleOperations } from "./throttle-operations.ts";

export type { OperationSpec, ResponseSpec } from "./operation.ts";

/** What the reference, the playground and the tests need to know about each product's API. */
export const PRODUCT_APIS = {
  throttle: {
    title: "Throttle API",
    description:
      "Commerce API: workspaces, applications, customers, carts and line items. camelCase only; unknown keys are rejected with the canonical field suggested.",
    server: "/sandbox/throttle",
    operations: throttleOperations,
  },
  pqc: {
    title: "PQC Inventory API",
    description:
      "Inventory of cryptographic assets for post-quantum migration, with CSV import, report export and an audit trail.",
    server: "/sandbox/pqc",
    operations: pqcOperations,
  },
} as const;
export type ProductId = keyof typeof PRODUCT_APIS;

/** `POST /sandbox/keys`, listed in both documents so a reader of either can get a key. */
export const provisionOperation: OperationSpec = {
  operationId: "createSandboxKey",
  method: "post",
  path: "/keys",
  server: "/sandbox",
  summary: "Create a sandbox and its API keys",
  description:
    "Creates an isolated workspace (Throttle) or tenant (PQC) seeded with realistic data. Sandboxes expire after 24 hours and are purged with everything in them.",
  tag: "Sandbox",
  authenticated: false,
  idempotent: false,
  requestBody: { schema: SandboxKeyRequest, example: { product: "throttle" } },
  responses: {
    201: {
      description: "The sandbox was created; keep the keys, they are shown once",
      schema: SandboxKeyResponse,
      example: {
        data: {
          workspaceId: EXAMPLE_IDS.workspace,
          environment: "sandbox",
          secretKey: "sk_sandbox_Q2h8bW1kT0tqZ3RnY2Vx",
          publishableKey: "pk_sandbox_V1p4dGZrS2RqZ3N0Ym5h",
          expiresAt: EXAMPLE_TIME,
        },
        meta: { requestId: EXAMPLE_REQUEST_ID },
      },
    },
  },
};

/** Every operation a product's document lists: its own, then sandbox provisioning. */
export const operationsOf = (product: ProductId): OperationSpec[] => [
  ...PRODUCT_APIS[product].operations,
  provisionOperation,
];
