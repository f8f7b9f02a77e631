import { clientIdentity } from "@portico/http/client-id";
import { consumeOrThrow } from "@portico/http/rate-limit";
import { createMiddleware } from "hono/factory";
import type { FeedbackDeps, FeedbackEnv } from "../feedback-env.ts";

/** Documented limit: 10 submissions per minute from one client. */
export const DEFAULT_FEEDBACK_RATE = { points: 10, duration: 60 };

/**
 * Hashes the client (setting `clientHash`) and spends one submission from its allowance and
 * from a ceiling for all clients together, 60 times the per-client one, both counted in `limits`
 * (shared by every instance when that is Redis). An exhausted allowance is a 429 with Retry-After.
 */
export function feedbackRateLimit(
  { clientKey, limits }: Pick<FeedbackDeps, "clientKey" | "limits">,
  rate: { points: number; duration: number } = DEFAULT_FEEDBACK_RATE,
) {
  const perClient = limits.limiter("feedback-client", rate.points, rate.duration);
  const overall = limits.limiter("feedback-all", rate.points * 60, 60);
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
