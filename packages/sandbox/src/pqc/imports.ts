import { readForm } from "@portico/http/body";
import { ApiError } from "@portico/http/errors";
import { json } from "@portico/http/respond";
import { AssetCreateRequest, QUOTAS } from "@portico/schemas/pqc";
import { validationErrorEnvelope } from "@portico/schemas/validation";
import type { Database } from "@portico/store";
import type { Context, Hono } from "hono";
import type { Kysely } from "kysely";
import { withinQuota } from "../quota.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { csvToAssetInputs } from "./asset-csv.ts";
import { assetRow } from "./assets.ts";
import { auditEvent } from "./audit-events.ts";
import type { PqcGuards } from "./guards.ts";
import { countAssets, insertAssets, insertAuditEvent } from "./queries.ts";

/** Largest import file accepted. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Most rows one import may add. */
export const MAX_IMPORT_ROWS = 5000;

/** The CSV upload, read and checked whole: 415, 400 or 413 before any row is considered. */
async function uploadedCsv(c: Context<SandboxEnv>) {
  if (!/^multipart\/form-data\b/i.test(c.req.header("content-type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the CSV as multipart/form-data in a field named file");
  }
  // Any part named `file` is the CSV: an uploaded file, or a plain field (a part without a filename).
  const file = (await readForm(c)).file;
  if (!(file instanceof Blob) && typeof file !== "string") {
    throw new ApiError(400, "validation_error", "Request body validation failed", [
      { field: "file", code: "required", message: "Send the CSV in a part named file" },
    ]);
  }
  const size = typeof file === "string" ? Buffer.byteLength(file) : file.size;
  if (size > MAX_IMPORT_BYTES) {
    throw new ApiError(413, "payload_too_large", `Import files are limited to ${MAX_IMPORT_BYTES} bytes`);
  }
  try {
    return csvToAssetInputs(typeof file === "string" ? file : await file.text());
  } catch (error) {
    throw new ApiError(400, "validation_error", "The file is not a CSV in the inventory export's format", [
      { field: "file", code: "invalid_csv", message: (error as Error).message },
    ]);
  }
}

/** `POST /v1/pqc/inventory/imports`: a CSV in the report's format, imported whole or not at all. */
export function importRoutes(router: Hono<SandboxEnv>, deps: RouterDeps, guards: PqcGuards) {
  const { now } = deps;
  router.post("/v1/pqc/inventory/imports", guards.write, async (c) => {
    const rows = await uploadedCsv(c);
    if (rows.length === 0 || rows.length > MAX_IMPORT_ROWS) {
      throw new ApiError(400, "validation_error", `An import holds 1 to ${MAX_IMPORT_ROWS} rows`, [
        {
          field: "file",
          code: rows.length === 0 ? "too_small" : "too_big",
          message: `The file has ${rows.length} rows`,
        },
      ]);
    }
    const tenantId = c.get("caller").sandboxId;
    const at = now().toISOString();
    const details = [];
    const assets: Database["assets"][] = [];
    for (const { line, input } of rows) {
      const result = AssetCreateRequest.safeParse(input);
      if (result.success) assets.push(assetRow(tenantId, result.data, at));
      else {
        for (const detail of validationErrorEnvelope(AssetCreateRequest, input, result.error).error.details ?? []) {
          details.push("field" in detail ? { ...detail, field: `line ${line}: ${detail.field}` } : detail);
        }
      }
    }
    if (details.length > 0)
      throw new ApiError(400, "validation_error", "The import has invalid rows; nothing was imported", details);
    // The whole file counts against the quota: imported entirely or, past it, not at all.
    const count = (trx: Kysely<Database>) => countAssets(trx, tenantId);
    await withinQuota(deps, QUOTAS.assets, { sandboxId: tenantId, adding: assets.length, count }, async (trx) => {
      await insertAssets(trx, assets);
      await insertAuditEvent(trx, auditEvent(c, now(), "assets.imported", null));
    });
    return json(c, { imported: assets.length, requestId: c.get("requestId") }, 201);
  });
}
