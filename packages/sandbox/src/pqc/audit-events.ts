import { listPage } from "@portico/http/paginate";
import { json } from "@portico/http/respond";
import { InventoryListQuery } from "@portico/schemas/pqc";
import type { Database } from "@portico/store";
import type { Context, Hono } from "hono";
import { v7 as uuidv7 } from "uuid";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import type { PqcGuards } from "./guards.ts";
import { auditEventsAfter } from "./queries.ts";

/** The audit row for a change the caller just made, tied to its request id and API key. */
export function auditEvent(
  c: Context<SandboxEnv>,
  at: Date,
  action: string,
  resourceId: string | null,
): Database["auditEvents"] {
  const caller = c.get("caller");
  return {
    id: uuidv7(),
    tenantId: caller.sandboxId,
    action,
    resourceId,
    requestId: c.get("requestId"),
    apiKeyId: caller.apiKeyId,
    occurredAt: at.toISOString(),
  };
}

/** `GET /v1/pqc/audit-events`: every change to the tenant's inventory, oldest first. */
export function auditEventRoutes(router: Hono<SandboxEnv>, { store, codec }: RouterDeps, guards: PqcGuards) {
  router.get("/v1/pqc/audit-events", guards.read, async (c) => {
    const caller = c.get("caller");
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: "pqc:audit-events",
      query: InventoryListQuery,
      defaultLimit: 50,
      fetch: (after, take) => auditEventsAfter(store.db, caller.sandboxId, after, take),
    });
    return json(c, { items: page.items, nextCursor: page.nextCursor, hasMore: page.hasMore });
  });
}
