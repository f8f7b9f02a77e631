import { parseWith, readForm, readJson, readQuery } from "@portico/http/body";
import type { CursorCodec } from "@portico/http/cursor";
import { ApiError, notFound } from "@portico/http/errors";
import { paginate, rowsAfter } from "@portico/http/paginate";
import type { RateLimit } from "@portico/http/rate-limit";
import { json } from "@portico/http/respond";
import {
  AssetCreateRequest,
  AssetUpdateRequest,
  type InventoryAsset,
  InventoryListQuery,
  ReportQuery,
} from "@portico/schemas/pqc";
import { validationErrorEnvelope } from "@portico/schemas/validation";
import type { Database, Store } from "@portico/store";
import type { Context } from "hono";
import { Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { authenticate } from "../middleware/authenticate.ts";
import { idempotencyPerApiKey, rateLimitPerApiKey } from "../middleware/per-api-key.ts";
import { simulateFaults } from "../middleware/simulate-faults.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { isQuantumVulnerable } from "./algorithms.ts";
import { assetsToCsv, csvToAssetInputs } from "./asset-csv.ts";

/** Largest import file accepted. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Most rows one import may add. */
export const MAX_IMPORT_ROWS = 5000;

type AssetRow = Database["assets"];

const toAsset = (row: AssetRow): InventoryAsset => ({
  id: row.id,
  hostname: row.hostname,
  system: row.system,
  protocol: row.protocol,
  algorithm: row.algorithm,
  keySize: row.keySize,
  quantumVulnerable: row.quantumVulnerable === 1,
  migrationStatus: row.migrationStatus as InventoryAsset["migrationStatus"],
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** A new asset row; `quantumVulnerable` follows the algorithm unless the caller says otherwise. */
export function assetRow(tenantId: string, input: AssetCreateRequest, at: string): AssetRow {
  return {
    id: uuidv7(),
    tenantId,
    hostname: input.hostname,
    system: input.system,
    protocol: input.protocol,
    algorithm: input.algorithm,
    keySize: input.keySize,
    quantumVulnerable: (input.quantumVulnerable ?? isQuantumVulnerable(input.algorithm)) ? 1 : 0,
    migrationStatus: input.migrationStatus ?? "not_started",
    createdAt: at,
    updatedAt: at,
  };
}

export interface PqcRouterOptions {
  store: Store;
  codec: () => Promise<CursorCodec>;
  now: () => Date;
  rateLimit: RateLimit;
}

/** The PQC Inventory API under `/v1/pqc`: inventory, imports, report export and audit trail. */
export function createPqcRouter({ store, codec, now, rateLimit }: PqcRouterOptions) {
  const db = store.db;
  const router = new Hono<SandboxEnv>();
  router.use(simulateFaults, authenticate(store, "pqc", now), rateLimitPerApiKey(rateLimit));

  /** Checked in each handler, after authentication and before idempotency claims the key. */
  const requireScope =
    (scope: "read" | "write" | "reports") => async (c: Context<SandboxEnv>, next: () => Promise<void>) => {
      if (!c.get("caller").scopes.includes(scope)) {
        throw new ApiError(403, "forbidden", `This API key lacks the "${scope}" scope`);
      }
      await next();
    };
  const writes = [requireScope("write"), idempotencyPerApiKey(store, now)] as const;

  function audit(c: Context<SandboxEnv>, action: string, resourceId: string | null) {
    const caller = c.get("caller");
    return {
      id: uuidv7(),
      tenantId: caller.sandboxId,
      action,
      resourceId,
      requestId: c.get("requestId"),
      apiKeyId: caller.apiKeyId,
      occurredAt: now().toISOString(),
    };
  }

  async function findAsset(tenantId: string, id: string) {
    const row = await db
      .selectFrom("assets")
      .selectAll()
      .where("tenantId", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound(`Asset ${id}`);
    return row;
  }

  router.get("/v1/pqc/inventory", requireScope("read"), async (c) => {
    const query = readQuery(c, InventoryListQuery);
    const tenantId = c.get("caller").sandboxId;
    const page = await paginate(
      (after, take) => rowsAfter(db.selectFrom("assets").selectAll().where("tenantId", "=", tenantId), after, take),
      {
        limit: query.limit ?? 50,
        cursor: query.cursor,
        codec: await codec(),
        key: c.get("caller").apiKeyId,
        scope: "pqc:inventory",
      },
    );
    return json(c, { items: page.items.map(toAsset), nextCursor: page.nextCursor, hasMore: page.hasMore });
  });

  router.get("/v1/pqc/inventory/:id", requireScope("read"), async (c) => {
    return json(c, toAsset(await findAsset(c.get("caller").sandboxId, c.req.param("id") ?? "")));
  });

  router.post("/v1/pqc/inventory", ...writes, async (c) => {
    const body = await readJson(c, AssetCreateRequest);
    const row = assetRow(c.get("caller").sandboxId, body, now().toISOString());
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("assets").values(row).execute();
      await trx
        .insertInto("auditEvents")
        .values(audit(c, "asset.created", row.id))
        .execute();
    });
    c.header("Location", `/v1/pqc/inventory/${row.id}`);
    return json(c, toAsset(row), 201);
  });

  router.patch("/v1/pqc/inventory/:id", ...writes, async (c) => {
    const tenantId = c.get("caller").sandboxId;
    const patch = await readJson(c, AssetUpdateRequest);
    const existing = await findAsset(tenantId, c.req.param("id") ?? "");
    const changes = {
      ...patch,
      ...(patch.quantumVulnerable === undefined
        ? patch.algorithm === undefined
          ? {}
          : { quantumVulnerable: isQuantumVulnerable(patch.algorithm) }
        : {}),
    };
    const { quantumVulnerable, ...rest } = changes;
    // Only the fields sent (and updatedAt) are written, so concurrent PATCHes of other fields survive.
    const set = {
      ...rest,
      ...(quantumVulnerable === undefined ? {} : { quantumVulnerable: quantumVulnerable ? 1 : 0 }),
      updatedAt: now().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await trx.updateTable("assets").set(set).where("id", "=", existing.id).execute();
      await trx
        .insertInto("auditEvents")
        .values(audit(c, "asset.updated", existing.id))
        .execute();
    });
    const updated = await findAsset(tenantId, existing.id);
    return json(c, toAsset(updated));
  });

  router.post("/v1/pqc/inventory/imports", ...writes, async (c) => {
    if (!/^multipart\/form-data\b/i.test(c.req.header("content-type") ?? "")) {
      throw new ApiError(415, "unsupported_media_type", "Send the CSV as multipart/form-data in a field named file");
    }
    const form = await readForm(c);
    const file = form.file;
    if (!(file instanceof File)) {
      throw new ApiError(400, "validation_error", "Request body validation failed", [
        { field: "file", code: "required", message: "Attach the CSV file in a field named file" },
      ]);
    }
    if (file.size > MAX_IMPORT_BYTES) {
      throw new ApiError(413, "payload_too_large", `Import files are limited to ${MAX_IMPORT_BYTES} bytes`);
    }
    let rows: ReturnType<typeof csvToAssetInputs>;
    try {
      rows = csvToAssetInputs(await file.text());
    } catch (error) {
      throw new ApiError(400, "validation_error", "The file is not a CSV in the inventory export's format", [
        { field: "file", code: "invalid_csv", message: (error as Error).message },
      ]);
    }
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
    const assets: AssetRow[] = [];
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
    await db.transaction().execute(async (trx) => {
      // SQLite binds at most 32,766 values per statement; 11 columns a row, so 1,000 rows at a time.
      for (let start = 0; start < assets.length; start += 1000) {
        await trx
          .insertInto("assets")
          .values(assets.slice(start, start + 1000))
          .execute();
      }
      await trx
        .insertInto("auditEvents")
        .values(audit(c, "assets.imported", null))
        .execute();
    });
    return json(c, { imported: assets.length, requestId: c.get("requestId") }, 201);
  });

  router.get("/v1/pqc/reports/inventory", requireScope("reports"), async (c) => {
    parseWith(ReportQuery, Object.fromEntries(new URL(c.req.url).searchParams));
    const rows = await db
      .selectFrom("assets")
      .selectAll()
      .where("tenantId", "=", c.get("caller").sandboxId)
      .orderBy("id")
      .execute();
    const filename = `pqc-inventory-${now().toISOString().slice(0, 10)}.csv`;
    return c.body(assetsToCsv(rows.map(toAsset)), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  });

  router.get("/v1/pqc/audit-events", requireScope("read"), async (c) => {
    const query = readQuery(c, InventoryListQuery);
    const tenantId = c.get("caller").sandboxId;
    const page = await paginate(
      (after, take) =>
        rowsAfter(
          db
            .selectFrom("auditEvents")
            .select(["id", "action", "resourceId", "requestId", "apiKeyId", "occurredAt"])
            .where("tenantId", "=", tenantId),
          after,
          take,
        ),
      {
        limit: query.limit ?? 50,
        cursor: query.cursor,
        codec: await codec(),
        key: c.get("caller").apiKeyId,
        scope: "pqc:audit-events",
      },
    );
    return json(c, { items: page.items, nextCursor: page.nextCursor, hasMore: page.hasMore });
  });

  return router;
}
