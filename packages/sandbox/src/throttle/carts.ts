import { readJson } from "@portico/http/body";
import { found } from "@portico/http/errors";
import { listPage } from "@portico/http/paginate";
import { json, setLocation } from "@portico/http/respond";
import { type Cart, CartCreateRequest, type LineItem, ListQuery, QUOTAS } from "@portico/schemas/throttle";
import type { Database } from "@portico/store";
import type { Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { withinQuota } from "../quota.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { toLineItem } from "./line-items.ts";
import { pagination } from "./pagination.ts";
import { cartsAfter, countCarts, findApplication, findCart, insertCart, lineItemsOfCarts } from "./queries.ts";

/** The cart as the wire shows it: `netN` stays null until a line item prices it. */
function toCart(row: Database["carts"], items: LineItem[]): Cart {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    applicationId: row.applicationId,
    currency: row.currency,
    netN: items.length === 0 ? null : items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0),
    lineItems: items,
  };
}

/** `POST`/`GET /api/v1/carts` and `GET /api/v1/carts/{cartId}`, each cart with its line items. */
export function cartRoutes(router: Hono<SandboxEnv>, deps: RouterDeps) {
  const { store, codec, now } = deps;
  const withItems = async (carts: Database["carts"][]) => {
    const items = await lineItemsOfCarts(
      store.db,
      carts.map((cart) => cart.id),
    );
    return carts.map((cart) => toCart(cart, (items.get(cart.id) ?? []).map(toLineItem)));
  };

  router.post("/api/v1/carts", async (c) => {
    const body = await readJson(c, CartCreateRequest);
    const workspaceId = c.get("caller").sandboxId;
    found(await findApplication(store.db, workspaceId, body.applicationId), `Application ${body.applicationId}`);
    const row = {
      id: uuidv7(),
      workspaceId,
      applicationId: body.applicationId,
      currency: body.currency,
      createdAt: now().toISOString(),
    };
    await withinQuota(
      deps,
      QUOTAS.carts,
      { sandboxId: workspaceId, adding: 1, count: (trx) => countCarts(trx, workspaceId) },
      (trx) => insertCart(trx, row),
    );
    setLocation(c, `/api/v1/carts/${row.id}`);
    return json(c, { data: toCart(row, []), meta: { requestId: c.get("requestId") } }, 201);
  });

  router.get("/api/v1/carts", async (c) => {
    const caller = c.get("caller");
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: "throttle:carts",
      query: ListQuery,
      defaultLimit: 25,
      fetch: (after, take) => cartsAfter(store.db, caller.sandboxId, after, take),
    });
    return json(c, { data: await withItems(page.items), meta: { pagination: pagination(page) } });
  });

  router.get("/api/v1/carts/:cartId", async (c) => {
    const id = c.req.param("cartId");
    const cart = found(await findCart(store.db, c.get("caller").sandboxId, id), `Cart ${id}`);
    const [data] = await withItems([cart]);
    return json(c, { data, meta: { requestId: c.get("requestId") } });
  });
}
