import { readJson } from "@portico/http/body";
import { found } from "@portico/http/errors";
import { listPage } from "@portico/http/paginate";
import { json } from "@portico/http/respond";
import { type LineItem, LineItemCreateRequest, ListQuery, QUOTAS } from "@portico/schemas/throttle";
import type { Database } from "@portico/store";
import type { Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { withinQuota } from "../quota.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { pagination } from "./pagination.ts";
import { countLineItems, findCart, findCustomer, insertLineItem, lineItemsAfter } from "./queries.ts";

/** A line item as the wire shows it (the workspace and timestamps stay in the store). */
export const toLineItem = (row: Database["lineItems"]): LineItem => ({
  id: row.id,
  cartId: row.cartId,
  externalId: row.externalId,
  customerId: row.customerId,
  unitPrice: row.unitPrice,
  quantity: row.quantity,
});

/** `POST`/`GET /api/v1/carts/{cartId}/line-items`: a cart's priced lines. */
export function lineItemRoutes(router: Hono<SandboxEnv>, deps: RouterDeps) {
  const { store, codec, now } = deps;
  router.post("/api/v1/carts/:cartId/line-items", async (c) => {
    const workspaceId = c.get("caller").sandboxId;
    const body = await readJson(c, LineItemCreateRequest);
    const cartId = c.req.param("cartId");
    const cart = found(await findCart(store.db, workspaceId, cartId), `Cart ${cartId}`);
    if (body.customerId !== undefined) {
      found(await findCustomer(store.db, workspaceId, body.customerId), `Customer ${body.customerId}`);
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
    await withinQuota(
      deps,
      QUOTAS.lineItemsPerCart,
      { sandboxId: workspaceId, adding: 1, count: (trx) => countLineItems(trx, cart.id) },
      (trx) => insertLineItem(trx, row),
    );
    return json(c, { data: toLineItem(row), meta: { requestId: c.get("requestId") } }, 201);
  });

  router.get("/api/v1/carts/:cartId/line-items", async (c) => {
    const caller = c.get("caller");
    const cartId = c.req.param("cartId");
    const cart = found(await findCart(store.db, caller.sandboxId, cartId), `Cart ${cartId}`);
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: `throttle:carts:${cart.id}:line-items`,
      query: ListQuery,
      defaultLimit: 25,
      fetch: (after, take) => lineItemsAfter(store.db, cart.id, after, take),
    });
    return json(c, { data: page.items.map(toLineItem), meta: { pagination: pagination(page) } });
  });
}
