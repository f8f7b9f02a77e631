import type { Context } from "hono";
import { type SelectQueryBuilder, sql } from "kysely";
import type { z } from "zod";
import { readQuery } from "./body.ts";
import type { CursorCodec } from "./cursor.ts";

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  codec: CursorCodec;
  /** API key the walk belongs to. */
  key: string;
  /** The list and its filters, e.g. `orders:open`. */
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

export interface ListPageOptions<R extends { id: string }> {
  /** The cursor codec, loaded on first use. */
  codec: () => Promise<CursorCodec>;
  /** Whose walk this is (an API key's id): a cursor from another key is refused. */
  key: string;
  /** The list and its filters, e.g. `orders:open`: a cursor from another list is refused. */
  scope: string;
  /** The list's query schema; its `limit` and `cursor` drive the page. */
  query: z.ZodType<{ limit?: number | undefined; cursor?: string | undefined }>;
  /** Page size when the query names none. */
  defaultLimit: number;
  /** The rows after an id, in id order, at most `take` of them (usually {@link rowsAfter}). */
  fetch: (afterId: string | undefined, take: number) => Promise<R[]>;
}

/** The page a list request asks for: its query validated, its cursor checked, one row more fetched. */
export async function listPage<R extends { id: string }>(c: Context, options: ListPageOptions<R>) {
  const query = readQuery(c, options.query);
  const limit = query.limit ?? options.defaultLimit;
  const { codec, key, scope } = options;
  const page = await paginate(options.fetch, { limit, cursor: query.cursor, codec: await codec(), key, scope });
  return { ...page, limit };
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
