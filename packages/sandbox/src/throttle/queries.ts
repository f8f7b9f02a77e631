import { rowsAfter } from "@portico/http/paginate";
import type { Database } from "@portico/store";
import type { Kysely } from "kysely";
import { countOf } from "../quota.ts";

type Db = Kysely<Database>;

/** The workspace's application `id`, or undefined. */
export const findApplication = (db: Db, workspaceId: string, id: string) =>
  db
    .selectFrom("applications")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();

/** The workspace's applications after `afterId`, in id order. */
export const applicationsAfter = (db: Db, workspaceId: string, afterId: string | undefined, take: number) =>
  rowsAfter(db.selectFrom("applications").selectAll().where("workspaceId", "=", workspaceId), afterId, take);

/** The workspace's customer `id`, or undefined. */
export const findCustomer = (db: Db, workspaceId: string, id: string) =>
  db.selectFrom("customers").selectAll().where("workspaceId", "=", workspaceId).where("id", "=", id).executeTakeFirst();

/** The workspace's customers after `afterId`, in id order. */
export const customersAfter = (db: Db, workspaceId: string, afterId: string | undefined, take: number) =>
  rowsAfter(db.selectFrom("customers").selectAll().where("workspaceId", "=", workspaceId), afterId, take);

/** One customer, or several at once (a new workspace's seed). */
export const insertCustomer = (db: Db, row: Database["customers"] | Database["customers"][]) =>
  db.insertInto("customers").values(row).execute();

/** A new workspace's applications. */
export const insertApplications = (db: Db, rows: Database["applications"][]) =>
  db.insertInto("applications").values(rows).execute();

/** The workspace's cart `id`, or undefined. */
export const findCart = (db: Db, workspaceId: string, id: string) =>
  db.selectFrom("carts").selectAll().where("workspaceId", "=", workspaceId).where("id", "=", id).executeTakeFirst();

/** The workspace's carts after `afterId`, in id order. */
export const cartsAfter = (db: Db, workspaceId: string, afterId: string | undefined, take: number) =>
  rowsAfter(db.selectFrom("carts").selectAll().where("workspaceId", "=", workspaceId), afterId, take);

export const insertCart = (db: Db, row: Database["carts"]) => db.insertInto("carts").values(row).execute();

/** The line items of a cart after `afterId`, in id order. */
export const lineItemsAfter = (db: Db, cartId: string, afterId: string | undefined, take: number) =>
  rowsAfter(db.selectFrom("lineItems").selectAll().where("cartId", "=", cartId), afterId, take);

/** Every line item of these carts, in id order, grouped by cart (a cart without items maps to `[]`). */
export async function lineItemsOfCarts(db: Db, cartIds: string[]): Promise<Map<string, Database["lineItems"][]>> {
  const byCart = new Map<string, Database["lineItems"][]>(cartIds.map((id) => [id, []]));
  if (cartIds.length === 0) return byCart;
  const rows = await db.selectFrom("lineItems").selectAll().where("cartId", "in", cartIds).orderBy("id").execute();
  for (const row of rows) byCart.get(row.cartId)?.push(row);
  return byCart;
}

export const insertLineItem = (db: Db, row: Database["lineItems"]) => db.insertInto("lineItems").values(row).execute();

/** How many customers the workspace holds. */
export const countCustomers = (db: Db, workspaceId: string) =>
  countOf(db.selectFrom("customers").where("workspaceId", "=", workspaceId));

/** How many carts the workspace holds. */
export const countCarts = (db: Db, workspaceId: string) =>
  countOf(db.selectFrom("carts").where("workspaceId", "=", workspaceId));

/** How many line items the cart holds. */
export const countLineItems = (db: Db, cartId: string) =>
  countOf(db.selectFrom("lineItems").where("cartId", "=", cartId));
