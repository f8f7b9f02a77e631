import type { SandboxEnv } from "@portico/sandbox/http/context";
import { idempotency } from "@portico/sandbox/http/idempotency";
import type { Store } from "@portico/store";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { FeedbackEnv } from "../feedback-env.ts";

/**
 * Idempotency-Key on `POST /api/feedback`, scoped to the submitting client. The sandbox's
 * middleware scopes keys by `caller.apiKeyId`, so the client hash stands in for an API key.
 */
export function feedbackIdempotency(store: Store, now: () => Date) {
  const scoped = idempotency(store, now);
  return createMiddleware<FeedbackEnv>(async (c, next) => {
    c.set("caller", { apiKeyId: `feedback:${c.get("clientHash")}`, sandboxId: "", kind: "tenant", scopes: [] });
    return scoped(c as unknown as Context<SandboxEnv>, next);
  });
}
