import { readJson } from "@portico/http/body";
import { found } from "@portico/http/errors";
import { listPage } from "@portico/http/paginate";
import { json, setLocation } from "@portico/http/respond";
import { type Customer, CustomerCreateRequest, ListQuery, QUOTAS } from "@portico/schemas/throttle";
import type { Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import { withinQuota } from "../quota.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { pagination } from "./pagination.ts";
import { countCustomers, customersAfter, findCustomer, insertCustomer } from "./queries.ts";

/** `POST`/`GET /api/v1/customers` and `GET /api/v1/customers/{customerId}`. */
export function customerRoutes(router: Hono<SandboxEnv>, deps: RouterDeps) {
  const { store, codec, now } = deps;
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
    await withinQuota(
      deps,
      QUOTAS.customers,
      { sandboxId: customer.workspaceId, adding: 1, count: (trx) => countCustomers(trx, customer.workspaceId) },
      (trx) => insertCustomer(trx, customer),
    );
    setLocation(c, `/api/v1/customers/${customer.id}`);
    return json(c, { data: customer, meta: { requestId: c.get("requestId") } }, 201);
  });

  router.get("/api/v1/customers", async (c) => {
    const caller = c.get("caller");
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: "throttle:customers",
      query: ListQuery,
      defaultLimit: 25,
      fetch: (after, take) => customersAfter(store.db, caller.sandboxId, after, take),
    });
    return json(c, { data: page.items satisfies Customer[], meta: { pagination: pagination(page) } });
  });

  router.get("/api/v1/customers/:customerId", async (c) => {
    const id = c.req.param("customerId");
    const row = found(await findCustomer(store.db, c.get("caller").sandboxId, id), `Customer ${id}`);
    return json(c, { data: row satisfies Customer, meta: { requestId: c.get("requestId") } });
  });
}
