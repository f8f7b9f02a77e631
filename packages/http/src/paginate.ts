import { type SelectQueryBuilder, sql } from "kysely";
import type { CursorCodec } from "./cursor.ts";

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  codec: CursorCodec;
  /** API key the walk belongs to. */
  key: string;
  /** The list and its filters, e.g. `throttle:carts`. */
  scope: string;
}

/**
 * One keyset page: fetches `limit + 1` rows after the cursor's id to learn whether more exist,
 * and signs a cursor for the last row served.
 */
export async function paginate<R extends { id: string }>(
  fetch: (afterId: string | undefined, take: number) => Promise<R[]>,
  { limit, cursor, codec, key, scope }: PageRequest,
) {
  const after = cursor === undefined ? undefined : codec.decode(cursor, { key, scope });
  const rows = await fetch(after, limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  return { items, hasMore, nextCursor: hasMore ? codec.encode({ after: last.id, key, scope }) : null };
}

/** The rows after `afterId` in id order (UUID v7, so creation order), at most `take` of them. */
export function rowsAfter<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  afterId: string | undefined,
  take: number,
) {
  return query
    .$if(afterId !== undefined, (q) => q.where(sql.ref("id"), ">", afterId as string))
    .orderBy(sql.ref("id"))
    .limit(take)
    .execute();
}
