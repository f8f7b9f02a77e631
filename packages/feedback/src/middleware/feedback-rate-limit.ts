import { clientIdentity } from "@portico/sandbox/http/client-id";
import { ApiError } from "@portico/sandbox/http/errors";
import type { Store } from "@portico/store";
import { createMiddleware } from "hono/factory";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { FeedbackEnv } from "../feedback-env.ts";

/** Documented limit: 10 submissions per minute from one client. */
export const DEFAULT_FEEDBACK_RATE = { points: 10, duration: 60 };

/**
 * Hashes the client (setting `clientHash`) and spends one submission from its allowance and
 * from a ceiling for all clients together, 60 times the per-client one: per-client identity
 * rests on a header a client can set. An exhausted allowance is a 429 with Retry-After.
 */
export function feedbackRateLimit(store: Store, rate: { points: number; duration: number } = DEFAULT_FEEDBACK_RATE) {
  const perClient = new RateLimiterMemory(rate);
  const overall = new RateLimiterMemory({ points: rate.points * 60, duration: 60 });
  const clientHash = clientIdentity(store);
  return createMiddleware<FeedbackEnv>(async (c, next) => {
    const client = await clientHash(c);
    try {
      await overall.consume("all");
      await perClient.consume(client);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new ApiError(429, "rate_limited", "Too much feedback from this client; try again in a minute", undefined, {
        "Retry-After": String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))),
      });
    }
    c.set("clientHash", client);
    await next();
  });
}
