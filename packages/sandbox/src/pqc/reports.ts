import { readQuery } from "@portico/http/body";
import { csvStream } from "@portico/http/csv";
import { ReportQuery } from "@portico/schemas/pqc";
import type { Hono } from "hono";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { assetsToCsv } from "./asset-csv.ts";
import { toAsset } from "./assets.ts";
import type { PqcGuards } from "./guards.ts";
import { assetsAfter } from "./queries.ts";

/** Assets read from the store at a time while a report streams. */
export const REPORT_PAGE_ROWS = 500;

/** `GET /v1/pqc/reports/inventory?format=csv`: the whole inventory as a CSV download, streamed. */
export function reportRoutes(router: Hono<SandboxEnv>, { store, now }: RouterDeps, guards: PqcGuards) {
  router.get("/v1/pqc/reports/inventory", guards.reports, async (c) => {
    readQuery(c, ReportQuery);
    const tenantId = c.get("caller").sandboxId;
    const body = await csvStream({
      fetch: (after, take) => assetsAfter(store.db, tenantId, after, take),
      pageSize: REPORT_PAGE_ROWS,
      write: (rows, first) => assetsToCsv(rows.map(toAsset), first),
    });
    const filename = `pqc-inventory-${now().toISOString().slice(0, 10)}.csv`;
    return c.body(body, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  });
}
