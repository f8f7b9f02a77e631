import { type InventoryAsset, InventoryListResponse } from "@portico/schemas/pqc";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import type { TestSandbox } from "../testing.ts";

/** Every asset of the tenant, walking the inventory 100 at a time. */
export async function allAssetsOf(sandbox: TestSandbox, apiKey: string) {
  const assets: InventoryAsset[] = [];
  let cursor: string | null = null;
  do {
    const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const { json } = await sandbox.call("GET", `/pqc/v1/pqc/inventory?${query}`, { key: apiKey });
    const page = InventoryListResponse.parse(json);
    assets.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return assets;
}

/** Every asset id of the tenant. */
export async function allAssetIds(sandbox: TestSandbox, apiKey: string) {
  return (await allAssetsOf(sandbox, apiKey)).map((a) => a.id);
}

/** A multipart body carrying `csv` as the `file` field, as the import expects. */
export function csvUpload(csv: string, name = "inventory.csv") {
  const form = new FormData();
  form.append("file", new File([csv], name, { type: "text/csv" }));
  return form;
}

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const SEPARATORS = [",", ";", "\t", "\r", "\n"];

/**
 * Text an asset may hold, made mostly of what the CSV rule is about (formula triggers, the
 * separators a spreadsheet may split on, both quote characters, whitespace the CSV parser or the
 * schema trims) with any other code point mixed in.
 */
export const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS, ...SEPARATORS, "'", '"', " ", "\u00a0", "\ufeff", "a", "5") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 24,
});

/**
 * Every cell of a CSV file that a spreadsheet could run as a formula, however it splits: each
 * parsed cell, and the rest of it after each `,`, `;`, tab or line break in it, that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return, possibly behind double quotes. A scan written apart
 * from the neutraliser, so that the two can disagree.
 */
export function runnableCells(csv: string) {
  const found: string[] = [];
  for (const record of parse(csv, { relax_column_count: true }) as string[][]) {
    for (const cell of record) {
      const starts = [0];
      for (let i = 0; i < cell.length; i++) if (SEPARATORS.includes(cell[i] as string)) starts.push(i + 1);
      for (const start of starts) {
        if (TRIGGERS.includes(cell.slice(start).replace(/^"+/, "")[0] ?? "")) found.push(cell);
      }
    }
  }
  return found;
}
