import { readJson } from "@portico/http/body";
import { found } from "@portico/http/errors";
import { listPage } from "@portico/http/paginate";
import { json, setLocation } from "@portico/http/respond";
import {
  AssetCreateRequest,
  AssetUpdateRequest,
  type InventoryAsset,
  InventoryListQuery,
  QUOTAS,
} from "@portico/schemas/pqc";
import type { Database } from "@portico/store";
import type { Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { withinQuota } from "../quota.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { isQuantumVulnerable } from "./algorithms.ts";
import { auditEvent } from "./audit-events.ts";
import type { PqcGuards } from "./guards.ts";
import { assetsAfter, countAssets, findAsset, insertAssets, insertAuditEvent, updateAsset } from "./queries.ts";

type AssetRow = Database["assets"];

/** An asset as the wire shows it: `quantumVulnerable` a boolean, the tenant left out. */
export const toAsset = (row: AssetRow): InventoryAsset => ({
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

/** The columns a PATCH writes: the fields sent, a derived `quantumVulnerable`, and `updatedAt`. */
function changedColumns(patch: AssetUpdateRequest, at: string) {
  const { quantumVulnerable: sent, ...rest } = patch;
  const quantumVulnerable = sent ?? (patch.algorithm === undefined ? undefined : isQuantumVulnerable(patch.algorithm));
  return {
    ...rest,
    ...(quantumVulnerable === undefined ? {} : { quantumVulnerable: quantumVulnerable ? 1 : 0 }),
    updatedAt: at,
  };
}

/** The inventory: `GET`/`POST /v1/pqc/inventory`, `GET`/`PATCH /v1/pqc/inventory/{assetId}`. */
export function assetRoutes(router: Hono<SandboxEnv>, deps: RouterDeps, guards: PqcGuards) {
  const { store, codec, now } = deps;

  router.get("/v1/pqc/inventory", guards.read, async (c) => {
    const caller = c.get("caller");
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: "pqc:inventory",
      query: InventoryListQuery,
      defaultLimit: 50,
      fetch: (after, take) => assetsAfter(store.db, caller.sandboxId, after, take),
    });
    return json(c, { items: page.items.map(toAsset), nextCursor: page.nextCursor, hasMore: page.hasMore });
  });

  router.get("/v1/pqc/inventory/:assetId", guards.read, async (c) => {
    const id = c.req.param("assetId");
    return json(c, toAsset(found(await findAsset(store.db, c.get("caller").sandboxId, id), `Asset ${id}`)));
  });

  router.post("/v1/pqc/inventory", guards.write, async (c) => {
    const body = await readJson(c, AssetCreateRequest);
    const tenantId = c.get("caller").sandboxId;
    const row = assetRow(tenantId, body, now().toISOString());
    const count = (trx: typeof store.db) => countAssets(trx, tenantId);
    await withinQuota(deps, QUOTAS.assets, { sandboxId: tenantId, adding: 1, count }, async (trx) => {
      await insertAssets(trx, [row]);
      await insertAuditEvent(trx, auditEvent(c, now(), "asset.created", row.id));
    });
    setLocation(c, `/v1/pqc/inventory/${row.id}`);
    return json(c, toAsset(row), 201);
  });

  router.patch("/v1/pqc/inventory/:assetId", guards.write, async (c) => {
    const tenantId = c.get("caller").sandboxId;
    const patch = await readJson(c, AssetUpdateRequest);
    const id = c.req.param("assetId");
    const existing = found(await findAsset(store.db, tenantId, id), `Asset ${id}`);
    await store.atomically(async (trx) => {
      await updateAsset(trx, existing.id, changedColumns(patch, now().toISOString()));
      await insertAuditEvent(trx, auditEvent(c, now(), "asset.updated", existing.id));
    });
    return json(c, toAsset(found(await findAsset(store.db, tenantId, existing.id), `Asset ${id}`)));
  });
}
