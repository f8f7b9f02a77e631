import { ApiError } from "@portico/http/errors";
import { type Quota, quotaText } from "@portico/schemas/common";
import type { Database } from "@portico/store";
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { RouterDeps } from "./router-deps.ts";

/** Quota limits by `Quota.name`, replacing the products' own (tests lower them); read on every request. */
export type QuotaOverrides = Readonly<Record<string, number>>;

type Db = Kysely<Database>;

/** How many rows `query` selects (`count(*)`, which PostgreSQL answers as a bigint string). */
export async function countOf<TB extends keyof Database>(query: SelectQueryBuilder<Database, TB, object>) {
  const { n } = await query.select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Runs `write` in the transaction that counts what it is checked against: when `count` plus
 * `adding` would pass the quota, 409 `quota_exceeded` and nothing is written. On PostgreSQL the
 * sandbox's row is locked first, so two writers to one sandbox count one after the other; SQLite's
 * one connection already runs transactions one at a time.
 */
export async function withinQuota<T>(
  { store, quotas }: Pick<RouterDeps, "store" | "quotas">,
  quota: Quota,
  { sandboxId, adding, count }: { sandboxId: string; adding: number; count: (trx: Db) => Promise<number> },
  write: (trx: Db) => Promise<T>,
): Promise<T> {
  const limit = quotas[quota.name] ?? quota.limit;
  return store.atomically(async (trx) => {
    if (store.engine === "postgres") {
      await trx.selectFrom("sandboxes").select("id").where("id", "=", sandboxId).forUpdate().execute();
    }
    const held = await count(trx);
    if (held + adding > limit) {
      const text = quotaText({ limit, resource: quota.resource });
      throw new ApiError(
        409,
        "quota_exceeded",
        adding === 1
          ? `Quota of ${text} reached (${held} held); nothing was changed`
          : `Quota of ${text} exceeded: ${held} held and ${adding} more sent; nothing was changed`,
      );
    }
    return write(trx);
  });
}
