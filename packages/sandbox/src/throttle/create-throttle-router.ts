import { ApiError } from "@portico/http/errors";
import { Hono } from "hono";
import { authenticate } from "../middleware/authenticate.ts";
import { idempotencyPerApiKey, rateLimitPerApiKey } from "../middleware/per-api-key.ts";
import { simulateFaults } from "../middleware/simulate-faults.ts";
import type { RouterDeps } from "../router-deps.ts";
import type { SandboxEnv } from "../sandbox-env.ts";
import { applicationRoutes } from "./applications.ts";
import { cartRoutes } from "./carts.ts";
import { customerRoutes } from "./customers.ts";
import { lineItemRoutes } from "./line-items.ts";

/** The Throttle API under `/api/v1`: applications, customers, carts and their line items. */
export function createThrottleRouter(deps: RouterDeps) {
  const { store, now, rateLimit } = deps;
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

  applicationRoutes(router, deps);
  customerRoutes(router, deps);
  cartRoutes(router, deps);
  lineItemRoutes(router, deps);
  return router;
}
