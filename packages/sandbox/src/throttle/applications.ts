import { found } from "@portico/http/errors";
import { listPage } from "@portico/http/paginate";
import { json } from "@portico/http/respond";
import { type Application, ListQuery } from "@portico/schemas/throttle";
import type { Hono } from "hono";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { pagination } from "./pagination.ts";
import { applicationsAfter, findApplication } from "./queries.ts";

/** `GET /api/v1/applications` and `GET /api/v1/applications/{applicationId}`: the workspace's seeded apps. */
export function applicationRoutes(router: Hono<SandboxEnv>, { store, codec }: RouterDeps) {
  router.get("/api/v1/applications", async (c) => {
    const caller = c.get("caller");
    const page = await listPage(c, {
      codec,
      key: caller.apiKeyId,
      scope: "throttle:applications",
      query: ListQuery,
      defaultLimit: 25,
      fetch: (after, take) => applicationsAfter(store.db, caller.sandboxId, after, take),
    });
    return json(c, { data: page.items satisfies Application[], meta: { pagination: pagination(page) } });
  });

  router.get("/api/v1/applications/:applicationId", async (c) => {
    const id = c.req.param("applicationId");
    const row = found(await findApplication(store.db, c.get("caller").sandboxId, id), `Application ${id}`);
    return json(c, { data: row satisfies Application, meta: { requestId: c.get("requestId") } });
  });
}
