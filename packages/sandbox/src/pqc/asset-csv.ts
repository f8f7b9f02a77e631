import { neutraliseFormula, restoreFormula } from "@portico/http/csv";
import type { AssetCreateRequest, InventoryAsset } from "@portico/schemas/pqc";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** Columns of the report export, which is also the import format. */
export const CSV_COLUMNS = [
  "id",
  "hostname",
  "system",
  "protocol",
  "algorithm",
  "keySize",
  "quantumVulnerable",
  "migrationStatus",
  "createdAt",
  "updatedAt",
] as const;

/** Columns an import must have; id and timestamps are assigned by the server. */
export const REQUIRED_IMPORT_COLUMNS = ["hostname", "system", "protocol", "algorithm", "keySize"] as const;

/**
 * The report's CSV: the header (when `header`) and a row per asset, each line ending in CRLF. Pages
 * written one after another with the header on the first only are the same bytes as one call.
 */
export function assetsToCsv(assets: InventoryAsset[], header = true): string {
  return stringify(
    assets.map((asset) => CSV_COLUMNS.map((column) => neutraliseFormula(String(asset[column])))),
    { header, columns: [...CSV_COLUMNS], record_delimiter: "\r\n" },
  );
}

export type CsvRow = { line: number; input: Partial<Record<keyof AssetCreateRequest, unknown>> };

/**
 * Rows of an import file as request-shaped objects with their line numbers; throws with a
 * reason when the file is not CSV or lacks a required column.
 */
export function csvToAssetInputs(text: string): CsvRow[] {
  const records: Record<string, string>[] = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: false,
  });
  const header = records[0] ? Object.keys(records[0]) : [];
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !header.includes(column));
  if (records.length > 0 && missing.length > 0) throw new Error(`missing column(s): ${missing.join(", ")}`);
  return records.map((record, index) => {
    const cell = (name: string) =>
      record[name] === undefined || record[name] === "" ? undefined : restoreFormula(record[name]);
    const keySize = cell("keySize");
    const vulnerable = cell("quantumVulnerable");
    return {
      line: index + 2,
      input: {
        hostname: cell("hostname"),
        system: cell("system"),
        protocol: cell("protocol"),
        algorithm: cell("algorithm"),
        keySize: keySize === undefined ? undefined : /^\d+$/.test(keySize) ? Number(keySize) : keySize,
        quantumVulnerable:
          vulnerable === undefined
            ? undefined
            : vulnerable === "true"
              ? true
              : vulnerable === "false"
                ? false
                : vulnerable,
        migrationStatus: cell("migrationStatus"),
      },
    };
  });
}
