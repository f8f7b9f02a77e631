import { EXAMPLE_IDS, EXAMPLE_TIME } from "../openapi/examples.ts";
import { throttleOperations } from "../openapi/throttle-operations.ts";
import { defineProduct } from "../product.ts";
import { queryRoutes, schemas, ThrottleSandboxKey } from "../throttle.ts";

/** The Throttle API: commerce, camelCase only, `{data, meta}` envelopes. */
export const throttle = defineProduct({
  id: "throttle",
  name: "Throttle API",
  description:
    "Commerce API: workspaces, applications, customers, carts and line items. camelCase only; unknown keys are rejected with the canonical field suggested.",
  server: "/sandbox/throttle",
  schemas,
  queryRoutes,
  operations: throttleOperations,
  tags: {
    Applications: "The workspace's applications; every cart belongs to one. Read-only in the sandbox.",
    Customers: "The people who buy: an email, a name and, if you keep one, your own external id.",
    Carts: "Carts and their line items: open a cart for an application, price it by adding items.",
  },
  sandboxKey: {
    schema: ThrottleSandboxKey,
    example: {
      workspaceId: EXAMPLE_IDS.workspace,
      environment: "sandbox",
      secretKey: "sk_sandbox_Q2h8bW1kT0tqZ3RnY2Vx",
      publishableKey: "pk_sandbox_V1p4dGZrS2RqZ3N0Ym5h",
      expiresAt: EXAMPLE_TIME,
    },
    credentialField: "secretKey",
    summary:
      "a workspace with three applications, five customers and one empty cart, and its secret and publishable keys",
  },
  conventions: { list: "data-meta-pagination", errorsHref: "/throttle/conventions#errors" },
  sandboxIds: [
    { field: "applicationId", listPath: "/api/v1/applications", example: EXAMPLE_IDS.application },
    { field: "customerId", listPath: "/api/v1/customers", example: EXAMPLE_IDS.customer },
    { field: "cartId", listPath: "/api/v1/carts", example: EXAMPLE_IDS.cart },
  ],
});
