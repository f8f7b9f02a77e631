import { ImportResponse } from "@portico/schemas/pqc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { allAssetIds, csvUpload } from "./testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.sandboxKey("pqc")).apiKey;
});
afterAll(() => sandbox.close());

const get = (path: string, apiKey = key) => sandbox.call("GET", `/pqc/v1/pqc${path}`, { key: apiKey });
const allAssets = (apiKey = key) => allAssetIds(sandbox, apiKey);

describe("PQC inventory report", () => {
  it("exports the inventory as a CSV download that imports back", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
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

  it("neutralises spreadsheet formulas in the report and restores them on import", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key: own,
      body: { hostname: '=HYPERLINK("http://x")', system: "S", protocol: "P", algorithm: "RSA-2048", keySize: 2048 },
    });
    const report = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: own });
    expect(report.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const other = (await sandbox.sandboxKey("pqc")).apiKey;
    await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: other, body: csvUpload(report.text) });
    const back = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: other });
    // Imported into another tenant, the hostname is the original text again, neutralised only in the report.
    expect(back.text.split(`"'=HYPERLINK(""http://x"")"`)).toHaveLength(2);
    const all = [];
    for (const id of await allAssets(other)) all.push((await get(`/inventory/${id}`, other)).json.hostname);
    expect(all.filter((h) => h === '=HYPERLINK("http://x")')).toHaveLength(1);
  });
});
