import { AssetCreateRequest, ImportResponse, type InventoryAsset } from "@portico/schemas/pqc";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { assetsToCsv } from "./asset-csv.ts";
import { REPORT_PAGE_ROWS } from "./reports.ts";
import { allAssetIds, allAssetsOf, csvUpload, hostileText, runnableCells } from "./testing.ts";

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
  it("streams more rows than one page holds, every asset once in id order, the same bytes as one whole file", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const rows = Array.from(
      { length: 2 * REPORT_PAGE_ROWS },
      (_, i) => `page-${i}.example,Fleet,TLS 1.3,RSA-2048,2048`,
    );
    const imported = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key: own,
      body: csvUpload(`hostname,system,protocol,algorithm,keySize\n${rows.join("\n")}\n`),
    });
    expect(imported.status).toBe(201);
    const assets = await allAssetsOf(sandbox, own);
    expect(assets.length).toBeGreaterThan(2 * REPORT_PAGE_ROWS);

    const report = await sandbox.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: own });
    expect(report.status).toBe(200);
    const records: string[][] = parse(report.text);
    expect(records.slice(1).map((record) => record[0])).toEqual(assets.map((asset) => asset.id));
    expect(report.text).toBe(assetsToCsv(assets));
  });

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

describe("PQC report and import, both ways", () => {
  let own: TestSandbox;
  beforeAll(async () => {
    // Each property run provisions two tenants; the per-client provisioning limit is not under test.
    own = await createTestSandbox("sqlite", { provisionsPer10Minutes: 1_000 });
  });
  afterAll(() => own.close());

  const report = async (apiKey: string) => {
    const r = await own.call("GET", "/pqc/v1/pqc/reports/inventory?format=csv", { key: apiKey });
    expect(r.status).toBe(200);
    return r.text;
  };
  const importInto = async (apiKey: string, csv: string) => {
    const r = await own.call("POST", "/pqc/v1/pqc/inventory/imports", { key: apiKey, body: csvUpload(csv) });
    expect(r.status, r.text).toBe(201);
  };
  const create = async (apiKey: string, body: Record<string, unknown>) => {
    const r = await own.call("POST", "/pqc/v1/pqc/inventory", { key: apiKey, body });
    expect(r.status, r.text).toBe(201);
  };
  /** An asset's fields without what the server assigns (id and timestamps), as one comparable string. */
  const fields = ({ id, createdAt, updatedAt, ...rest }: InventoryAsset) => JSON.stringify(rest);
  /** A report's rows without the id and timestamp cells, each as one comparable string; `keep` filters by id. */
  const rows = (csv: string, keep: (id: string) => boolean = () => true) =>
    (parse(csv, { from_line: 2 }) as string[][])
      .filter(([id]) => keep(id as string))
      .map((cells) => JSON.stringify(cells.slice(1, -2)))
      .sort();

  it("exports hostile asset names so no spreadsheet runs them, and imports them back to the same values", async () => {
    const hostile = [
      "=1+1",
      "+1",
      "-5",
      "@SUM(A1)",
      "host;=1+1",
      "host,=cmd|' /C calc'!A0",
      'a\n=HYPERLINK("http://x")',
      "a\r\n@b",
      "a\t-1",
      "a;\t+b",
      "'=x",
      "''=x",
      '"=x',
      'a;"=x',
      "'",
      "'plain",
      "plain",
    ];
    const { apiKey: source } = await own.sandboxKey("pqc");
    for (const [i, text] of hostile.entries()) {
      const [system, protocol, algorithm] = [1, 2, 3].map((k) => hostile[(i + k) % hostile.length] as string);
      await create(source, { hostname: text, system, protocol, algorithm, keySize: 2048 });
    }
    const exported = await report(source);
    expect(runnableCells(exported)).toEqual([]);
    expect(exported).toContain("host;'=1+1");
    expect(exported).toContain("'-5");
    expect(exported).toContain(",'''=x,");

    const { apiKey: target } = await own.sandboxKey("pqc");
    const before = new Set(await allAssetIds(own, target));
    await importInto(target, exported);
    const arrived = (await allAssetsOf(own, target)).filter((asset) => !before.has(asset.id));
    const sent = await allAssetsOf(own, source);
    expect(arrived.map(fields).sort()).toEqual(sent.map(fields).sort());
    expect(arrived.map((asset) => asset.hostname)).toEqual(expect.arrayContaining(hostile));
  });

  it("export → import → export is a fixed point for arbitrary text", async () => {
    const body = fc
      .record({
        hostname: hostileText,
        system: hostileText,
        protocol: hostileText,
        algorithm: hostileText,
        keySize: fc.integer({ min: 1, max: 65_536 }),
      })
      .filter((asset) => AssetCreateRequest.safeParse(asset).success);
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 4 }), async (assets) => {
        const { apiKey: source } = await own.sandboxKey("pqc");
        for (const asset of assets) await create(source, asset);
        const first = await report(source);
        expect(runnableCells(first)).toEqual([]);

        const { apiKey: target } = await own.sandboxKey("pqc");
        const before = new Set(await allAssetIds(own, target));
        await importInto(target, first);
        const second = await report(target);
        expect(rows(second, (id) => !before.has(id))).toEqual(rows(first));
      }),
      { numRuns: 25 },
    );
  });
});
