import { rowsAfter } from "@portico/http/paginate";
import type { Database } from "@portico/store";
import type { Kysely } from "kysely";
import { countOf } from "../quota.ts";

type Db = Kysely<Database>;
/** SQLite binds at most 32,766 values per statement; 11 columns an asset, so 1,000 rows at a time. */
const ASSETS_PER_INSERT = 1000;

/** The tenant's asset `id`, or undefined. */
export const findAsset = (db: Db, tenantId: string, id: string) =>
  db.selectFrom("assets").selectAll().where("tenantId", "=", tenantId).where("id", "=", id).executeTakeFirst();

/** The tenant's assets after `afterId`, in id order. */
export const assetsAfter = (db: Db, tenantId: string, afterId: string | undefined, take: number) =>
  rowsAfter(db.selectFrom("assets").selectAll().where("tenantId", "=", tenantId), afterId, take);

/** How many assets the tenant holds. */
export const countAssets = (db: Db, tenantId: string) =>
  countOf(db.selectFrom("assets").where("tenantId", "=", tenantId));

/** Inserts any number of assets (in batches the engines accept); run it inside a transaction. */
export async function insertAssets(db: Db, rows: Database["assets"][]) {
  for (let start = 0; start < rows.length; start += ASSETS_PER_INSERT) {
    await db
      .insertInto("assets")
      .values(rows.slice(start, start + ASSETS_PER_INSERT))
      .execute();
  }
}

/** Writes only the given columns, so concurrent updates of other columns survive. */
export const updateAsset = (db: Db, id: string, set: Partial<Omit<Database["assets"], "id" | "tenantId">>) =>
  db.updateTable("assets").set(set).where("id", "=", id).execute();

export const insertAuditEvent = (db: Db, event: Database["auditEvents"]) =>
  db.insertInto("auditEvents").values(event).execute();

/** The tenant's audit events after `afterId`, in id order, as the wire shows them. */
export const auditEventsAfter = (db: Db, tenantId: string, afterId: string | undefined, take: number) =>
  rowsAfter(
    db
      .selectFrom("auditEvents")
      .select(["id", "action", "resourceId", "requestId", "apiKeyId", "occurredAt"])
      .where("tenantId", "=", tenantId),
    afterId,
    take,
  );
