import { readQuery } from "@portico/http/body";
import { ReportQuery } from "@portico/schemas/pqc";
import type { Hono } from "hono";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { assetsToCsv } from "./asset-csv.ts";
import { toAsset } from "./assets.ts";
import type { PqcGuards } from "./guards.ts";
import { allAssets } from "./queries.ts";

/** `GET /v1/pqc/reports/inventory?format=csv`: the whole inventory as a CSV download. */
export function reportRoutes(router: Hono<SandboxEnv>, { store, now }: RouterDeps, guards: PqcGuards) {
  router.get("/v1/pqc/reports/inventory", guards.reports, async (c) => {
    readQuery(c, ReportQuery);
    const rows = await allAssets(store.db, c.get("caller").sandboxId);
    const filename = `pqc-inventory-${now().toISOString().slice(0, 10)}.csv`;
    return c.body(assetsToCsv(rows.map(toAsset)), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  });
}
