import { clientIdentity } from "@portico/http/client-id";
import { consumeOrThrow } from "@portico/http/rate-limit";
import { createMiddleware } from "hono/factory";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { FeedbackEnv } from "../feedback-env.ts";

/** Documented limit: 10 submissions per minute from one client. */
export const DEFAULT_FEEDBACK_RATE = { points: 10, duration: 60 };

/**
 * Hashes the client (setting `clientHash`) and spends one submission from its allowance and
 * from a ceiling for all clients together, 60 times the per-client one: per-client identity
 * rests on a header a client can set. An exhausted allowance is a 429 with Retry-After.
 */
export function feedbackRateLimit(
  clientKey: string,
  rate: { points: number; duration: number } = DEFAULT_FEEDBACK_RATE,
) {
  const perClient = new RateLimiterMemory(rate);
  const overall = new RateLimiterMemory({ points: rate.points * 60, duration: 60 });
  const clientHash = clientIdentity(clientKey);
  return createMiddleware<FeedbackEnv>(async (c, next) => {
    const client = clientHash(c);
    const refused = "Too much feedback from this client; try again in a minute";
    await consumeOrThrow(overall, "all", refused);
    await consumeOrThrow(perClient, client, refused);
    c.set("clientHash", client);
    await next();
  });
}
