import { AuditEventListResponse, InventoryAsset, InventoryListResponse } from "@portico/schemas/pqc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { allAssetIds } from "./testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.sandboxKey("pqc")).apiKey;
});
afterAll(() => sandbox.close());

const get = (path: string, apiKey = key) => sandbox.call("GET", `/pqc/v1/pqc${path}`, { key: apiKey });
const allAssets = (apiKey = key) => allAssetIds(sandbox, apiKey);

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
    expect(first.nextCursor).not.toBeNull();
    let page = first;
    let pages = 1;
    while (page.hasMore && pages < 20) {
      expect(page.nextCursor).not.toBeNull();
      page = InventoryListResponse.parse(
        (await get(`/inventory?cursor=${encodeURIComponent(page.nextCursor ?? "")}`)).json,
      );
      pages++;
    }
    expect(page.hasMore).toBe(false);
    expect(page.nextCursor).toBeNull();
    expect(page.items.length).toBeGreaterThan(0);
    expect(pages).toBeGreaterThan(1);
    const tampered = await get("/inventory?limit=100&cursor=tampered.cursor");
    expect([tampered.status, tampered.json.error.code]).toEqual([400, "invalid_cursor"]);
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

  it("says whether the body, the query or the path failed validation", async () => {
    const empty = await sandbox.call("PATCH", "/pqc/v1/pqc/inventory/0190a5d0-0000-7000-8000-000000000000", {
      key,
      body: {},
    });
    expect([empty.status, empty.json.error.message]).toEqual([400, "Request body validation failed"]);
    const query = await get("/inventory?_=1");
    expect([query.status, query.json.error.code, query.json.error.message]).toEqual([
      400,
      "validation_error",
      "Query parameter validation failed",
    ]);
    expect(query.json.error.details).toEqual([expect.objectContaining({ code: "unrecognized_keys", received: ["_"] })]);
    const path = await get("/inventory/not-a-uuid");
    expect([path.status, path.json.error.message]).toEqual([400, "Path parameter validation failed"]);
    expect(path.json.error.details).toEqual([expect.objectContaining({ field: "assetId", code: "invalid_format" })]);
    expect((await get("/inventory/0190a5d0-0000-7000-8000-000000000000")).status).toBe(404);
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

  it("replays a create sent twice with one Idempotency-Key, creating one asset", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const before = (await allAssets(own)).length;
    const send = () =>
      sandbox.call("POST", "/pqc/v1/pqc/inventory", {
        key: own,
        body: { hostname: "once.example", system: "S", protocol: "P", algorithm: "RSA-2048", keySize: 2048 },
        headers: { "idempotency-key": "asset-once" },
      });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.text).toBe(first.text);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await allAssets(own)).length).toBe(before + 1);
  });
});
