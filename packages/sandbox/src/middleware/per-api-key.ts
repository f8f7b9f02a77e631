import { idempotency } from "@portico/http/idempotency";
import { type RateLimit, rateLimit } from "@portico/http/rate-limit";
import type { Store } from "@portico/store";
import type { Context } from "hono";
import type { SandboxEnv } from "../sandbox-env.ts";

const apiKeyOf = (c: Context<SandboxEnv>) => c.get("caller").apiKeyId;

/** The documented per-API-key limit, as the `per-key` policy; runs after authentication. */
export const rateLimitPerApiKey = (limit: RateLimit) => rateLimit<SandboxEnv>({ name: "per-key", ...limit }, apiKeyOf);

/** `Idempotency-Key` scoped to the caller's API key; runs after authentication and the permission checks. */
export const idempotencyPerApiKey = (store: Store, now: () => Date) =>
  idempotency<SandboxEnv>({ store, now, scope: apiKeyOf });
