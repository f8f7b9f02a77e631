import { EXAMPLE_IDS, EXAMPLE_TIME } from "../openapi/examples.ts";
import { pqcOperations } from "../openapi/pqc-operations.ts";
import { PqcSandboxKey, queryRoutes, SCOPES, schemas } from "../pqc.ts";
import { defineProduct } from "../product.ts";

/** The PQC Inventory API: cryptographic assets, `{items, nextCursor, hasMore}` pages, scoped keys. */
export const pqc = defineProduct({
  id: "pqc",
  name: "PQC Inventory API",
  description:
    "Inventory of cryptographic assets for post-quantum migration, with CSV import, report export and an audit trail.",
  server: "/sandbox/pqc",
  schemas,
  queryRoutes,
  operations: pqcOperations,
  tags: {
    Inventory: "Cryptographic assets and their migration status: list, read, add, update, import from CSV.",
    Reports: "The whole inventory as a CSV download, in the format the import reads.",
    Audit: "Every change to the inventory, with the request id and API key that made it.",
  },
  sandboxKey: {
    schema: PqcSandboxKey,
    example: {
      tenantId: EXAMPLE_IDS.tenant,
      apiKey: "pqc_Q2h8bW1kT0tqZ3RnY2VxV1p4dGZrS2Rq",
      scopes: [...SCOPES],
      expiresAt: EXAMPLE_TIME,
    },
    credentialField: "apiKey",
    summary: "a tenant with 260 scanned assets and a key holding every scope",
  },
  conventions: { list: "items-next-cursor" },
  sandboxIds: [{ field: "assetId", listPath: "/v1/pqc/inventory", example: EXAMPLE_IDS.asset }],
});
