import { AuditEventListResponse, ImportResponse, InventoryAsset, InventoryListResponse } from "@portico/schemas/pqc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.pqcKey()).apiKey;
});
afterAll(() => sandbox.close());

const get = (path: string, apiKey = key) => sandbox.call("GET", `/pqc/v1/pqc${path}`, { key: apiKey });

async function allAssets(apiKey = key) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const { json } = await get(`/inventory?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, apiKey);
    const page = InventoryListResponse.parse(json);
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

function csvUpload(csv: string, name = "inventory.csv") {
  const form = new FormData();
  form.append("file", new File([csv], name, { type: "text/csv" }));
  return form;
}

describe("PQC inventory", () => {
  it("seeds a tenant with at least 250 assets with real cryptographic attributes", async () => {
    const ids = await allAssets();
    expect(ids.length).toBeGreaterThanOrEqual(250);
    expect(new Set(ids).size).toBe(ids.length);
    const { json } = await get("/inventory?limit=100");
    const algorithms = new Set(json.items.map((a: InventoryAsset) => a.algorithm));
    expect([...algorithms]).toEqual(expect.arrayContaining(["RSA-2048", "ML-KEM-768"]));
    const rsa = json.items.find((a: InventoryAsset) => a.algorithm === "RSA-2048");
    const mlkem = json.items.find((a: InventoryAsset) => a.algorithm === "ML-KEM-768");
    expect([rsa.quantumVulnerable, mlkem.quantumVulnerable]).toEqual([true, false]);
  });

  it("pages with {items, nextCursor, hasMore}, nextCursor null on the last page", async () => {
    const first = InventoryListResponse.parse((await get("/inventory")).json);
    expect(first.items).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const last = await get("/inventory?limit=100&cursor=tampered.cursor");
    expect([last.status, last.json.error.code]).toEqual([400, "invalid_cursor"]);
  });

  it("creates, reads and updates an asset, deriving quantum vulnerability from the algorithm", async () => {
    const created = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key,
      body: {
        hostname: "hsm-01.corp.example",
        system: "HSM cluster",
        protocol: "PKCS#11",
        algorithm: "RSA-4096",
        keySize: 4096,
      },
      headers: { "x-request-id": "create-asset-1" },
    });
    expect(created.status).toBe(201);
    const asset = InventoryAsset.parse(created.json);
    expect(asset).toMatchObject({ quantumVulnerable: true, migrationStatus: "not_started" });
    expect((await get(`/inventory/${asset.id}`)).json).toEqual(created.json);

    const patched = await sandbox.call("PATCH", `/pqc/v1/pqc/inventory/${asset.id}`, {
      key,
      body: { algorithm: "ML-DSA-87", keySize: 87, migrationStatus: "migrated" },
      headers: { "x-request-id": "patch-asset-1" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      algorithm: "ML-DSA-87",
      quantumVulnerable: false,
      migrationStatus: "migrated",
    });
    expect((await sandbox.call("PATCH", `/pqc/v1/pqc/inventory/${asset.id}`, { key, body: {} })).status).toBe(400);
    expect((await get("/inventory/0190a5d0-0000-7000-8000-000000000000")).status).toBe(404);

    const audit = AuditEventListResponse.parse((await get("/audit-events?limit=100")).json);
    expect(audit.items.map((e) => [e.action, e.resourceId, e.requestId])).toEqual(
      expect.arrayContaining([
        ["asset.created", asset.id, "create-asset-1"],
        ["asset.updated", asset.id, "patch-asset-1"],
      ]),
    );
    expect(audit.items.every((e) => e.apiKeyId.length > 0 && e.occurredAt.length > 0)).toBe(true);
  });

  it("exports the inventory as a CSV download that imports back", async () => {
    const own = (await sandbox.pqcKey()).apiKey;
    const report = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: own });
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(report.headers.get("content-disposition")).toMatch(
      /^attachment; filename="pqc-inventory-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = report.text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "id,hostname,system,protocol,algorithm,keySize,quantumVulnerable,migrationStatus,createdAt,updatedAt",
    );
    const before = (await allAssets(own)).length;
    expect(lines).toHaveLength(before + 1);

    const imported = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key: own,
      body: csvUpload(report.text),
    });
    expect(imported.status).toBe(201);
    expect(ImportResponse.parse(imported.json).imported).toBe(before);
    expect((await allAssets(own)).length).toBe(before * 2);
  });

  it("refuses an invalid file whole and imports nothing", async () => {
    const own = (await sandbox.pqcKey()).apiKey;
    const before = (await allAssets(own)).length;
    const bad =
      "hostname,system,protocol,algorithm,keySize\na.example,Web,TLS 1.3,RSA-2048,2048\nb.example,Web,TLS 1.3,RSA-2048,big\n";
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: csvUpload(bad) });
    expect([r.status, r.json.error.code]).toEqual([400, "validation_error"]);
    expect(r.json.error.details[0].field).toBe("line 3: keySize");
    for (const body of [csvUpload('not,a\n"broken'), csvUpload("name\nx\n"), new FormData()]) {
      expect((await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body })).status).toBe(400);
    }
    expect(
      (await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: { file: "x" } })).status,
    ).toBe(415);
    expect((await allAssets(own)).length).toBe(before);
  });

  it("neutralises spreadsheet formulas in the report and restores them on import", async () => {
    const own = (await sandbox.pqcKey()).apiKey;
    await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key: own,
      body: { hostname: '=HYPERLINK("http://x")', system: "S", protocol: "P", algorithm: "RSA-2048", keySize: 2048 },
    });
    const report = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: own });
    expect(report.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const other = (await sandbox.pqcKey()).apiKey;
    await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: other, body: csvUpload(report.text) });
    const back = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: other });
    // Imported into another tenant, the hostname is the original text again, neutralised only in the report.
    expect(back.text.split(`"'=HYPERLINK(""http://x"")"`)).toHaveLength(2);
    const all = [];
    for (const id of await allAssets(other)) all.push((await get(`/inventory/${id}`, other)).json.hostname);
    expect(all.filter((h) => h === '=HYPERLINK("http://x")')).toHaveLength(1);
  });

  it("imports the documented maximum of 5,000 rows in one request", async () => {
    const own = (await sandbox.pqcKey()).apiKey;
    const rows = Array.from({ length: 5000 }, (_, i) => `host-${i}.example,Fleet,TLS 1.3,ECDSA P-256,256`);
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key: own,
      body: csvUpload(`hostname,system,protocol,algorithm,keySize\n${rows.join("\n")}\n`),
    });
    expect([r.status, r.json.imported]).toEqual([201, 5000]);
  });

  it("answers a malformed multipart body with 400, not 500", async () => {
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key,
      body: "garbage",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect([r.status, r.json.error.code]).toEqual([400, "validation_error"]);
  });

  it("keeps both of two concurrent PATCHes to different fields", async () => {
    const { json } = await get("/inventory?limit=1");
    const id = json.items[0].id;
    await Promise.all([
      sandbox.call("PATCH", `/pqc/v1/pqc/inventory/${id}`, { key, body: { migrationStatus: "exempt" } }),
      sandbox.call("PATCH", `/pqc/v1/pqc/inventory/${id}`, { key, body: { hostname: "renamed.example" } }),
    ]);
    expect((await get(`/inventory/${id}`)).json).toMatchObject({
      migrationStatus: "exempt",
      hostname: "renamed.example",
    });
  });

  it("checks the key's scopes in every handler", async () => {
    const own = await sandbox.pqcKey();
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
