import { createMiddleware } from "hono/factory";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { SandboxEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

export interface RateLimit {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
}

/** Documented sandbox limit per API key: 25 requests per second. */
export const DEFAULT_RATE_LIMIT: RateLimit = { points: 25, duration: 1 };

/**
 * Per-API-key limit with the IETF `RateLimit` / `RateLimit-Policy` headers on answered requests
 * (an idempotent replay returns the stored headers only) and `Retry-After` on 429. Counters live in this process: the sandbox is one process.
 */
export function rateLimitPerKey(limit: RateLimit) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.duration });
  const policy = `"per-key";q=${limit.points};w=${limit.duration}`;
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const key = c.get("caller").apiKeyId;
    let result: RateLimiterRes;
    try {
      result = await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw new ApiError(
        429,
        "rate_limited",
        `Rate limit of ${limit.points} requests per ${limit.duration} s exceeded`,
        undefined,
        {
          "Retry-After": retryAfter,
          "RateLimit-Policy": policy,
          RateLimit: `"per-key";r=0;t=${retryAfter}`,
        },
      );
    }
    c.header("RateLimit-Policy", policy);
    c.header("RateLimit", `"per-key";r=${result.remainingPoints};t=${Math.ceil(result.msBeforeNext / 1000)}`);
    await next();
  });
}
