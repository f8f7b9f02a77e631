// The PQC Inventory journey through a client @hey-api/openapi-ts generated from the served
// document: list the inventory to the end, download the report, import it back as a CSV file
// part, and see both grow by what was imported. No casts.

import { client } from "../clients/pqc/client.gen.ts";
import {
  createSandboxKey,
  exportInventoryReport,
  type InventoryAsset,
  importInventory,
  listInventory,
} from "../clients/pqc/index.ts";
import { check, dataOf, keysServer } from "./result.ts";

async function wholeInventory(): Promise<{ assets: InventoryAsset[]; pages: number }> {
  const assets: InventoryAsset[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await dataOf("listInventory", listInventory({ query: { limit: 2, cursor } }));
    pages += 1;
    assets.push(...page.items);
    check(page.hasMore === (page.nextCursor !== null), "hasMore agrees with nextCursor");
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { assets, pages };
}

/** The report as downloaded, and its data rows (the lines after the header). */
async function downloadReport(): Promise<{ csv: string; rows: string[] }> {
  const csv = await dataOf("exportInventoryReport", exportInventoryReport({ query: { format: "csv" } }));
  const [header, ...rows] = csv.split(/\r?\n/).filter((line) => line !== "");
  check(header?.startsWith("id,hostname,") === true, `the report starts with its header: ${header}`);
  return { csv, rows };
}

const keys = await dataOf(
  "createSandboxKey",
  // The generator ignores the operation's own `servers` entry, so its URL is passed.
  createSandboxKey({ baseUrl: keysServer(), body: { product: "pqc" } }),
);
check("apiKey" in keys.data, `a PQC key block has an API key: ${JSON.stringify(keys.data)}`);
client.setConfig({ auth: keys.data.apiKey });

const before = await wholeInventory();
check(before.assets.length > 0, "a new PQC sandbox holds assets");
const report = await downloadReport();
check(report.rows.length === before.assets.length, `the report has a row per asset: ${report.rows.length}`);

const file = new File([report.csv], "inventory.csv", { type: "text/csv" });
const imported = await dataOf("importInventory", importInventory({ body: { file } }));
check(imported.imported === before.assets.length, `every row was imported: ${imported.imported}`);

const after = await wholeInventory();
check(after.assets.length === 2 * before.assets.length, `the inventory doubled: ${after.assets.length}`);
const reportAfter = await downloadReport();
check(reportAfter.rows.length === after.assets.length, `the report has a row per asset: ${reportAfter.rows.length}`);

console.log(
  JSON.stringify({
    assets: before.assets.length,
    pages: before.pages,
    imported: imported.imported,
    after: reportAfter.rows.length,
  }),
);
