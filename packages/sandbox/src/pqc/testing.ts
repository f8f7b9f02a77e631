import { InventoryListResponse } from "@portico/schemas/pqc";
import type { TestSandbox } from "../testing.ts";

/** Every asset id of the tenant, walking the inventory 100 at a time. */
export async function allAssetIds(sandbox: TestSandbox, apiKey: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query = `limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const { json } = await sandbox.call("GET", `/pqc/v1/pqc/inventory?${query}`, { key: apiKey });
    const page = InventoryListResponse.parse(json);
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** A multipart body carrying `csv` as the `file` field, as the import expects. */
export function csvUpload(csv: string, name = "inventory.csv") {
  const form = new FormData();
  form.append("file", new File([csv], name, { type: "text/csv" }));
  return form;
}
