import { Hono } from "hono";
import { every } from "hono/combine";
import { authenticate } from "../middleware/authenticate.ts";
import { idempotencyPerApiKey, rateLimitPerApiKey } from "../middleware/per-api-key.ts";
import { simulateFaults } from "../middleware/simulate-faults.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { assetRoutes } from "./assets.ts";
import { auditEventRoutes } from "./audit-events.ts";
import { type PqcGuards, requireScope } from "./guards.ts";
import { importRoutes } from "./imports.ts";
import { reportRoutes } from "./reports.ts";

/** The PQC Inventory API under `/v1/pqc`: inventory, imports, report export and audit trail. */
export function createPqcRouter(deps: RouterDeps) {
  const { store, now, rateLimit } = deps;
  const router = new Hono<SandboxEnv>();
  router.use(simulateFaults, authenticate(store, "pqc", now), rateLimitPerApiKey(rateLimit));

  // Scopes are checked per route, after authentication and before idempotency claims a key.
  const guards: PqcGuards = {
    read: requireScope("read"),
    reports: requireScope("reports"),
    write: every(requireScope("write"), idempotencyPerApiKey(store, now)),
  };
  assetRoutes(router, deps, guards);
  importRoutes(router, deps, guards);
  reportRoutes(router, deps, guards);
  auditEventRoutes(router, deps, guards);
  return router;
}
