import type { CursorCodec } from "@portico/http/cursor";
import { paginate } from "@portico/http/paginate";
import type { Feedback, FeedbackListQuery } from "@portico/schemas/feedback";
import type { Database, Store } from "@portico/store";
import type { SelectQueryBuilder } from "kysely";

type Row = Database["feedback"];

/** A stored row as writers see it (the client hash stays in the store). */
export const toFeedback = (row: Row): Feedback => ({
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
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

type Filters = Omit<FeedbackListQuery, "limit" | "cursor">;

/** Applies the admin's filters; dates are whole days, `to` inclusive. */
export function applyFilters<O>(query: SelectQueryBuilder<Database, "feedback", O>, filters: Filters) {
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

/** Newest first: the page after a cursor is the rows with smaller ids (UUID v7 sort by time). */
export async function listFeedback(store: Store, filters: Filters, beforeId: string | undefined, take: number) {
  const rows = await applyFilters(store.db.selectFrom("feedback").selectAll(), filters)
    .$if(beforeId !== undefined, (q) => q.where("id", "<", beforeId as string))
    .orderBy("id", "desc")
    .limit(take)
    .execute();
  return rows.map(toFeedback);
}

export async function getFeedback(store: Store, id: string) {
  const row = await store.db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toFeedback(row) : undefined;
}

/** Every matching row, oldest first, for the CSV export. */
export async function exportFeedback(store: Store, filters: Filters) {
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

/** Helpful and not helpful per page and day, pages ranked by how many readers said no. */
export async function feedbackStats(store: Store): Promise<PageStats[]> {
  const rows = await store.db.selectFrom("feedback").select(["pagePath", "helpful", "createdAt"]).execute();
  const pages = new Map<string, { yes: number; no: number; days: Map<string, [number, number]> }>();
  for (const row of rows) {
    const page = pages.get(row.pagePath) ?? { yes: 0, no: 0, days: new Map() };
    const day = row.createdAt.slice(0, 10);
    const counts = page.days.get(day) ?? [0, 0];
    if (row.helpful === 1) {
      page.yes++;
      counts[0]++;
    } else {
      page.no++;
      counts[1]++;
    }
    page.days.set(day, counts);
    pages.set(row.pagePath, page);
  }
  return [...pages]
    .map(([pagePath, page]) => ({
      pagePath,
      yes: page.yes,
      no: page.no,
      days: [...page.days]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, [yes, no]]) => [day, yes, no] as [string, number, number]),
    }))
    .sort((a, b) => b.no - a.no || a.pagePath.localeCompare(b.pagePath));
}

/** One page of the admin list, newest first, with the cursor for the next page. */
export async function pageOfFeedback(store: Store, codec: CursorCodec, query: FeedbackListQuery) {
  const { limit = 25, cursor, ...filters } = query;
  const page = await paginate((before, take) => listFeedback(store, filters, before, take), {
    limit,
    cursor,
    codec,
    key: "admin",
    scope: `feedback:${JSON.stringify(filters)}`,
  });
  return { items: page.items, pagination: { cursor: page.nextCursor, hasMore: page.hasMore, limit } };
}
