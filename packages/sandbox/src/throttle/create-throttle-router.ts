import { readJson, readQuery } from "@portico/http/body";
import type { CursorCodec } from "@portico/http/cursor";
import { ApiError, notFound } from "@portico/http/errors";
import { paginate, rowsAfter } from "@portico/http/paginate";
import type { RateLimit } from "@portico/http/rate-limit";
import { json } from "@portico/http/respond";
import {
  type Application,
  type Cart,
  CartCreateRequest,
  type Customer,
  CustomerCreateRequest,
  type LineItem,
  LineItemCreateRequest,
  ListQuery,
} from "@portico/schemas/throttle";
import type { Store } from "@portico/store";
import { type Context, Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { authenticate } from "../middleware/authenticate.ts";
import { idempotencyPerApiKey, rateLimitPerApiKey } from "../middleware/per-api-key.ts";
import { simulateFaults } from "../middleware/simulate-faults.ts";
import type { SandboxEnv } from "../sandbox-env.ts";

type LineItemRow = {
  id: string;
  cartId: string;
  externalId: string | null;
  customerId: string | null;
  unitPrice: number;
  quantity: number;
};

const toLineItem = (row: LineItemRow): LineItem => ({
  id: row.id,
  cartId: row.cartId,
  externalId: row.externalId,
  customerId: row.customerId,
  unitPrice: row.unitPrice,
  quantity: row.quantity,
});

/** The cart as the wire shows it: `netN` stays null until a line item prices it. */
function toCart(
  row: { id: string; workspaceId: string; applicationId: string; currency: string },
  items: LineItem[],
): Cart {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    applicationId: row.applicationId,
    currency: row.currency,
    netN: items.length === 0 ? null : items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0),
    lineItems: items,
  };
}

export interface ThrottleRouterOptions {
  store: Store;
  codec: () => Promise<CursorCodec>;
  now: () => Date;
  rateLimit: RateLimit;
}

/** The Throttle API under `/api/v1`: applications, customers, carts and their line items. */
export function createThrottleRouter({ store, codec, now, rateLimit }: ThrottleRouterOptions) {
  const db = store.db;
  const router = new Hono<SandboxEnv>();

  router.use(simulateFaults, authenticate(store, "throttle", now), rateLimitPerApiKey(rateLimit));
  // Publishable keys are read-only; checked before idempotency so a refusal never claims a key.
  router.use(async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.get("caller").kind !== "secret") {
      throw new ApiError(403, "forbidden", "Publishable keys (pk_) are read-only: use your secret key (sk_) to write");
    }
    await next();
  });
  router.use(idempotencyPerApiKey(store, now));

  const meta = (c: { get(key: "requestId"): string }) => ({ requestId: c.get("requestId") });

  async function lineItemsOf(cartIds: string[]): Promise<Map<string, LineItem[]>> {
    const byCart = new Map<string, LineItem[]>(cartIds.map((id) => [id, []]));
    if (cartIds.length === 0) return byCart;
    const rows = await db.selectFrom("lineItems").selectAll().where("cartId", "in", cartIds).orderBy("id").execute();
    for (const row of rows) byCart.get(row.cartId)?.push(toLineItem(row));
    return byCart;
  }

  async function findCart(workspaceId: string, id: string) {
    const row = await db
      .selectFrom("carts")
      .selectAll()
      .where("workspaceId", "=", workspaceId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound(`Cart ${id}`);
    return row;
  }

  async function list<R extends { id: string }>(
    // biome-ignore lint/suspicious/noExplicitAny: any route path; only the variables are used.
    c: Context<SandboxEnv, any>,
    scope: string,
    fetch: (after: string | undefined, take: number) => Promise<R[]>,
  ) {
    const query = readQuery(c, ListQuery);
    const limit = query.limit ?? 25;
    const page = await paginate(fetch, {
      limit,
      cursor: query.cursor,
      codec: await codec(),
      key: c.get("caller").apiKeyId,
      scope,
    });
    return { page, pagination: { cursor: page.nextCursor, hasMore: page.hasMore, limit } };
  }

  router.get("/api/v1/applications", async (c) => {
    const workspaceId = c.get("caller").sandboxId;
    const { page, pagination } = await list(c, "throttle:applications", (after, take) =>
      rowsAfter(db.selectFrom("applications").selectAll().where("workspaceId", "=", workspaceId), after, take),
    );
    return json(c, { data: page.items satisfies Application[], meta: { pagination } });
  });

  router.get("/api/v1/applications/:id", async (c) => {
    const row = await db
      .selectFrom("applications")
      .selectAll()
      .where("workspaceId", "=", c.get("caller").sandboxId)
      .where("id", "=", c.req.param("id"))
      .executeTakeFirst();
    if (!row) throw notFound(`Application ${c.req.param("id")}`);
    return json(c, { data: row satisfies Application, meta: meta(c) });
  });

  router.post("/api/v1/customers", async (c) => {
    const body = await readJson(c, CustomerCreateRequest);
    const customer: Customer = {
      id: uuidv7(),
      workspaceId: c.get("caller").sandboxId,
      email: body.email,
      name: body.name,
      externalId: body.externalId ?? null,
      createdAt: now().toISOString(),
    };
    await db.insertInto("customers").values(customer).execute();
    c.header("Location", `/api/v1/customers/${customer.id}`);
    return json(c, { data: customer, meta: meta(c) }, 201);
  });

  router.get("/api/v1/customers", async (c) => {
    const workspaceId = c.get("caller").sandboxId;
    const { page, pagination } = await list(c, "throttle:customers", (after, take) =>
      rowsAfter(db.selectFrom("customers").selectAll().where("workspaceId", "=", workspaceId), after, take),
    );
    return json(c, { data: page.items satisfies Customer[], meta: { pagination } });
  });

  router.get("/api/v1/customers/:id", async (c) => {
    const row = await db
      .selectFrom("customers")
      .selectAll()
      .where("workspaceId", "=", c.get("caller").sandboxId)
      .where("id", "=", c.req.param("id"))
      .executeTakeFirst();
    if (!row) throw notFound(`Customer ${c.req.param("id")}`);
    return json(c, { data: row satisfies Customer, meta: meta(c) });
  });

  router.post("/api/v1/carts", async (c) => {
    const body = await readJson(c, CartCreateRequest);
    const workspaceId = c.get("caller").sandboxId;
    const application = await db
      .selectFrom("applications")
      .select("id")
      .where("workspaceId", "=", workspaceId)
      .where("id", "=", body.applicationId)
      .executeTakeFirst();
    if (!application) throw notFound(`Application ${body.applicationId}`);
    const row = {
      id: uuidv7(),
      workspaceId,
      applicationId: body.applicationId,
      currency: body.currency,
      createdAt: now().toISOString(),
    };
    await db.insertInto("carts").values(row).execute();
    c.header("Location", `/api/v1/carts/${row.id}`);
    return json(c, { data: toCart(row, []), meta: meta(c) }, 201);
  });

  router.get("/api/v1/carts", async (c) => {
    const workspaceId = c.get("caller").sandboxId;
    const { page, pagination } = await list(c, "throttle:carts", (after, take) =>
      rowsAfter(db.selectFrom("carts").selectAll().where("workspaceId", "=", workspaceId), after, take),
    );
    const items = await lineItemsOf(page.items.map((cart) => cart.id));
    return json(c, { data: page.items.map((cart) => toCart(cart, items.get(cart.id) ?? [])), meta: { pagination } });
  });

  router.get("/api/v1/carts/:id", async (c) => {
    const cart = await findCart(c.get("caller").sandboxId, c.req.param("id"));
    const items = await lineItemsOf([cart.id]);
    return json(c, { data: toCart(cart, items.get(cart.id) ?? []), meta: meta(c) });
  });

  router.post("/api/v1/carts/:id/line-items", async (c) => {
    const workspaceId = c.get("caller").sandboxId;
    const body = await readJson(c, LineItemCreateRequest);
    const cart = await findCart(workspaceId, c.req.param("id"));
    if (body.customerId !== undefined) {
      const customer = await db
        .selectFrom("customers")
        .select("id")
        .where("workspaceId", "=", workspaceId)
        .where("id", "=", body.customerId)
        .executeTakeFirst();
      if (!customer) throw notFound(`Customer ${body.customerId}`);
    }
    const row = {
      id: uuidv7(),
      cartId: cart.id,
      workspaceId,
      externalId: body.externalId ?? null,
      customerId: body.customerId ?? null,
      unitPrice: body.unitPrice,
      quantity: body.quantity,
      createdAt: now().toISOString(),
    };
    await db.insertInto("lineItems").values(row).execute();
    c.header("Location", `/api/v1/carts/${cart.id}/line-items/${row.id}`);
    return json(c, { data: toLineItem(row), meta: meta(c) }, 201);
  });

  router.get("/api/v1/carts/:id/line-items", async (c) => {
    const cart = await findCart(c.get("caller").sandboxId, c.req.param("id"));
    const { page, pagination } = await list(c, `throttle:carts:${cart.id}:line-items`, (after, take) =>
      rowsAfter(db.selectFrom("lineItems").selectAll().where("cartId", "=", cart.id), after, take),
    );
    return json(c, { data: page.items.map(toLineItem), meta: { pagination } });
  });

  return router;
}
