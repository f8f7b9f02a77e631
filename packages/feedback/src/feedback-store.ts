import type { CursorCodec } from "@portico/http/cursor";
import { paginate } from "@portico/http/paginate";
import type {
  Feedback,
  FeedbackCreateRequest,
  FeedbackListQuery,
  FeedbackStatusChange,
} from "@portico/schemas/feedback";
import { MAX_COMMENT_LENGTH } from "@portico/schemas/feedback-constants";
import type { Database, Store } from "@portico/store";
import { type SelectQueryBuilder, sql } from "kysely";
import type { z } from "zod";

type Row = Database["feedback"];

/** The admin's filters, shared by the list and the export. */
export type FeedbackFilters = Omit<FeedbackListQuery, "limit" | "cursor">;

/** A reader's submission as the handler resolved it: the page it names exists, the client is hashed. */
export interface NewFeedback {
  /** UUID v7, chosen by the caller so a dropped honeypot answers with an id too. */
  id: string;
  request: FeedbackCreateRequest;
  page: { product: string; version: string };
  clientHash: string;
  /** How it arrived: through the docs page's form, or through the MCP server. */
  channel: Feedback["channel"];
  at: Date;
}

/** A stored row as writers see it (the client hash stays in the store). */
const toFeedback = (row: Row): Feedback => ({
  id: row.id,
  pagePath: row.pagePath,
  product: row.product,
  pageVersion: row.pageVersion,
  anchor: row.anchor,
  category: row.category as Feedback["category"],
  helpful: row.helpful === 1,
  comment: row.comment,
  email: row.email,
  status: row.status as Feedback["status"],
  note: row.note,
  channel: row.channel as Feedback["channel"],
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Applies the admin's filters; dates are whole days, `to` inclusive. */
function applyFilters<O>(query: SelectQueryBuilder<Database, "feedback", O>, filters: FeedbackFilters) {
  let q = query;
  if (filters.product) q = q.where("product", "=", filters.product);
  if (filters.pagePath) q = q.where("pagePath", "=", filters.pagePath);
  if (filters.category) q = q.where("category", "=", filters.category);
  if (filters.status) q = q.where("status", "=", filters.status);
  if (filters.helpful) q = q.where("helpful", "=", filters.helpful === "true" ? 1 : 0);
  if (filters.from) q = q.where("createdAt", ">=", `${filters.from}T00:00:00.000Z`);
  if (filters.to)
    q = q.where("createdAt", "<", new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + 86_400_000).toISOString());
  return q;
}

/** Stores a new submission with status `new`; an over-long comment is cut to the documented length. */
export async function createFeedback(store: Store, { id, request, page, clientHash, channel, at }: NewFeedback) {
  const createdAt = at.toISOString();
  await store.db
    .insertInto("feedback")
    .values({
      id,
      pagePath: request.pagePath,
      product: page.product,
      pageVersion: page.version,
      anchor: request.anchor ?? null,
      category: request.category ?? null,
      helpful: request.helpful ? 1 : 0,
      comment: request.comment ? request.comment.slice(0, MAX_COMMENT_LENGTH) : null,
      email: request.email ?? null,
      status: "new",
      note: null,
      clientHash,
      channel,
      createdAt,
      updatedAt: createdAt,
    })
    .execute();
}

/** One item, or undefined when no feedback has this id. */
export async function findFeedback(store: Store, id: string): Promise<Feedback | undefined> {
  const row = await store.db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toFeedback(row) : undefined;
}

/** One page of the admin list, newest first, with the signed cursor for the next page. */
export async function listFeedback(store: Store, codec: CursorCodec, query: FeedbackListQuery) {
  const { limit = 25, cursor, ...filters } = query;
  // Newest first: the page after a cursor is the rows with smaller ids (UUID v7 sorts by time).
  const rowsBefore = async (beforeId: string | undefined, take: number) =>
    (
      await applyFilters(store.db.selectFrom("feedback").selectAll(), filters)
        .$if(beforeId !== undefined, (q) => q.where("id", "<", beforeId as string))
        .orderBy("id", "desc")
        .limit(take)
        .execute()
    ).map(toFeedback);
  const page = await paginate(rowsBefore, {
    limit,
    cursor,
    codec,
    key: "admin",
    scope: `feedback:${JSON.stringify(filters)}`,
  });
  return { items: page.items, pagination: { cursor: page.nextCursor, hasMore: page.hasMore, limit } };
}

/** Sets an item's status and note; the updated item, or undefined when no feedback has this id. */
export async function updateFeedbackStatus(
  store: Store,
  id: string,
  change: z.infer<typeof FeedbackStatusChange>,
  at: Date,
): Promise<Feedback | undefined> {
  const updated = await store.db
    .updateTable("feedback")
    .set({ status: change.status, note: change.note ?? null, updatedAt: at.toISOString() })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 0 ? undefined : findFeedback(store, id);
}

/** Every item matching the filters, oldest first, for the CSV export. */
export async function exportFeedback(store: Store, filters: FeedbackFilters): Promise<Feedback[]> {
  const rows = await applyFilters(store.db.selectFrom("feedback").selectAll(), filters).orderBy("id").execute();
  return rows.map(toFeedback);
}

export interface PageStats {
  pagePath: string;
  yes: number;
  no: number;
  /** Per day: [YYYY-MM-DD, yes, no], oldest first. */
  days: [string, number, number][];
}

/**
 * Helpful and not helpful per page and day, pages ranked by how many readers said no, counting
 * only what matches the admin's filters (so the chart and the ranking agree with the list); the
 * database counts.
 */
export async function feedbackStats(store: Store, filters: FeedbackFilters = {}): Promise<PageStats[]> {
  // `createdAt` is ISO 8601 text on both engines, so its first ten characters are the UTC day.
  const day = sql<string>`substr(${sql.ref("createdAt")}, 1, 10)`;
  const counts = applyFilters(store.db.selectFrom("feedback"), filters).select((eb) => [
    "pagePath",
    eb.fn.sum<number | string>(eb.case().when("helpful", "=", 1).then(1).else(0).end()).as("yes"),
    eb.fn.sum<number | string>(eb.case().when("helpful", "=", 1).then(0).else(1).end()).as("no"),
  ]);
  const [totals, perDay] = await Promise.all([
    counts.groupBy("pagePath").execute(),
    counts.select(day.as("day")).groupBy(["pagePath", day]).orderBy(day).execute(),
  ]);
  // PostgreSQL returns sums as bigint strings, SQLite as numbers.
  const pages = new Map<string, PageStats>(
    totals.map((row) => [row.pagePath, { pagePath: row.pagePath, yes: Number(row.yes), no: Number(row.no), days: [] }]),
  );
  for (const row of perDay) pages.get(row.pagePath)?.days.push([row.day, Number(row.yes), Number(row.no)]);
  return [...pages.values()].sort((a, b) => b.no - a.no || a.pagePath.localeCompare(b.pagePath));
}
