import { readdir, readFile } from "node:fs/promises";
import { quotaText } from "@portico/schemas/common";
import { operationsOf } from "@portico/schemas/operations";
import { QUOTAS as PQC_QUOTAS } from "@portico/schemas/pqc";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { QUOTAS as THROTTLE_QUOTAS } from "@portico/schemas/throttle";
import { postgresUnavailable } from "@portico/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS } from "./pqc/imports.ts";
import { PQC_SEED_ASSETS } from "./pqc/sandbox.ts";
import { allAssetIds, csvUpload } from "./pqc/testing.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

const pgSkip = await postgresUnavailable();

/** Customers a new Throttle workspace is seeded with. */
const SEEDED_CUSTOMERS = 5;
/** Carts a new Throttle workspace is seeded with. */
const SEEDED_CARTS = 1;

const customer = (n: number) => ({ email: `quota-${n}@example.com`, name: `Quota ${n}` });
const csvOf = (rows: number) =>
  `hostname,system,protocol,algorithm,keySize\n${Array.from(
    { length: rows },
    (_, i) => `quota-${i}.example,Fleet,TLS 1.3,RSA-2048,2048`,
  ).join("\n")}\n`;

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`quotas on ${engine}`, () => {
    let sandbox: TestSandbox;
    const quotas: Record<string, number> = {};
    beforeAll(async () => {
      sandbox = await createTestSandbox(engine, { quotas });
    });
    afterAll(() => sandbox.close());

    const throttle = async () => {
      const { secretKey } = await sandbox.sandboxKey("throttle");
      const { json } = await sandbox.call("GET", "/throttle/api/v1/applications", { key: secretKey });
      const applicationId: string = json.data[0].id;
      const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
        sandbox.call("POST", `/throttle/api/v1${path}`, { key: secretKey, body, headers });
      return { key: secretKey, post, cart: () => post("/carts", { applicationId, currency: "USD" }) };
    };

    it("holds each workspace to its customers, and answers 409 quota_exceeded naming the limit", async () => {
      quotas.customers = SEEDED_CUSTOMERS + 2;
      const first = await throttle();
      const other = await throttle();
      const statuses = [];
      for (let n = 0; n < 4; n++) statuses.push((await first.post("/customers", customer(n))).status);
      expect(statuses).toEqual([201, 201, 409, 409]);
      const refused = await first.post("/customers", customer(9));
      expect(refused.json.error.code).toBe("quota_exceeded");
      expect(refused.json.error.message).toContain("7 customers");
      const listed = await sandbox.call("GET", "/throttle/api/v1/customers?limit=100", { key: first.key });
      expect(listed.json.data).toHaveLength(SEEDED_CUSTOMERS + 2);
      // Another workspace has its own quota.
      expect((await other.post("/customers", customer(0))).status).toBe(201);
    });

    it("counts carts per workspace and line items per cart", async () => {
      quotas.carts = SEEDED_CARTS + 2;
      quotas.lineItemsPerCart = 2;
      const workspace = await throttle();
      const [a, b, c] = [await workspace.cart(), await workspace.cart(), await workspace.cart()];
      expect([a.status, b.status, c.status]).toEqual([201, 201, 409]);
      expect(c.json.error.message).toContain(`${SEEDED_CARTS + 2} carts`);
      const item = { unitPrice: 100, quantity: 1 };
      const items = [];
      for (let n = 0; n < 3; n++)
        items.push((await workspace.post(`/carts/${a.json.data.id}/line-items`, item)).status);
      expect(items).toEqual([201, 201, 409]);
      expect((await workspace.post(`/carts/${b.json.data.id}/line-items`, item)).status).toBe(201);
      const cart = await sandbox.call("GET", `/throttle/api/v1/carts/${a.json.data.id}`, { key: workspace.key });
      expect(cart.json.data.lineItems).toHaveLength(2);
    });

    it("lets exactly the quota through when creations race", async () => {
      quotas.carts = SEEDED_CARTS + 5;
      const workspace = await throttle();
      const answers = await Promise.all(Array.from({ length: 12 }, () => workspace.cart()));
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([...Array(5).fill(201), ...Array(7).fill(409)]);
      const listed = await sandbox.call("GET", "/throttle/api/v1/carts?limit=100", { key: workspace.key });
      expect(listed.json.data).toHaveLength(SEEDED_CARTS + 5);
    });

    it("forgets a refused write's Idempotency-Key, so the same request succeeds once there is room", async () => {
      quotas.customers = SEEDED_CUSTOMERS;
      const workspace = await throttle();
      const headers = { "idempotency-key": "quota-retry" };
      expect((await workspace.post("/customers", customer(1), headers)).status).toBe(409);
      quotas.customers = SEEDED_CUSTOMERS + 1;
      const retried = await workspace.post("/customers", customer(1), headers);
      expect([retried.status, retried.headers.get("idempotent-replayed")]).toEqual([201, null]);
    });

    it("counts a CSV import's rows against the asset quota and refuses the whole file past it", async () => {
      quotas.assets = PQC_SEED_ASSETS + 3;
      const { apiKey } = await sandbox.sandboxKey("pqc");
      const importing = (rows: number) =>
        sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: apiKey, body: csvUpload(csvOf(rows)) });
      const tooMany = await importing(4);
      expect([tooMany.status, tooMany.json.error.code]).toEqual([409, "quota_exceeded"]);
      expect(tooMany.json.error.message).toContain(`${PQC_SEED_ASSETS + 3} assets`);
      expect(await allAssetIds(sandbox, apiKey)).toHaveLength(PQC_SEED_ASSETS);
      const events = await sandbox.call("GET", "/pqc/v1/pqc/audit-events?limit=100", { key: apiKey });
      expect(events.json.items).toHaveLength(0);
      const fits = await importing(3);
      expect([fits.status, fits.json.imported]).toEqual([201, 3]);
      const one = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
        key: apiKey,
        body: {
          hostname: "one-more.example",
          system: "Web",
          protocol: "TLS 1.3",
          algorithm: "RSA-2048",
          keySize: 2048,
        },
      });
      expect([one.status, one.json.error.code]).toEqual([409, "quota_exceeded"]);
      expect(await allAssetIds(sandbox, apiKey)).toHaveLength(PQC_SEED_ASSETS + 3);
    });
  });
}

describe("the quotas' numbers", () => {
  it("leave room for what the docs invite: a full import on top of the seeded assets and customers", () => {
    expect(PQC_QUOTAS.assets.limit).toBeGreaterThanOrEqual(PQC_SEED_ASSETS + MAX_IMPORT_ROWS);
    expect(THROTTLE_QUOTAS.customers.limit).toBeGreaterThan(SEEDED_CUSTOMERS);
  });

  const withQuotas = PRODUCT_IDS.filter((id) => operationsOf(id).some((op) => op.quota));

  it("are declared by at least one product", () => {
    expect(withQuotas.length).toBeGreaterThan(0);
  });

  // A product with no quota (a third one added to the registry) has nothing to state.
  it.each(withQuotas)("%s: every quota an operation declares is stated in the product's pages", async (id) => {
    const folder = new URL(`../../../content/${id}/`, import.meta.url);
    const files = (await readdir(folder)).filter((file) => file.endsWith(".mdx"));
    const pages = (await Promise.all(files.map((file) => readFile(new URL(file, folder), "utf8")))).join("\n");
    for (const op of operationsOf(id)) if (op.quota) expect(pages).toContain(quotaText(op.quota));
    expect(pages).toContain("`quota_exceeded`");
  });
});
