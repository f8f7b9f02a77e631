import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.sandboxKey("pqc")).apiKey;
});
afterAll(() => sandbox.close());

const get = (path: string, apiKey = key) => sandbox.call("GET", `/pqc/v1/pqc${path}`, { key: apiKey });

describe("the PQC router's middleware", () => {
  it("checks the key's scopes in every handler", async () => {
    const own = await sandbox.sandboxKey("pqc");
    await sandbox.store.db
      .updateTable("apiKeys")
      .set({ scopes: "read" })
      .where("sandboxId", "=", own.tenantId)
      .execute();
    const write = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key: own.apiKey,
      body: { hostname: "h", system: "s", protocol: "p", algorithm: "RSA-2048", keySize: 2048 },
    });
    expect([write.status, write.json.error.code]).toEqual([403, "forbidden"]);
    expect((await get("/reports/inventory?format=csv", own.apiKey)).status).toBe(403);
    expect((await get("/inventory", own.apiKey)).status).toBe(200);
    expect((await get("/reports/inventory?format=pdf")).status).toBe(400);
  });
});
