import type { Context, Env } from "hono";
import { createMiddleware } from "hono/factory";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "./errors.ts";
import { type LimitStore, memoryLimits } from "./limit-store.ts";

export interface RateLimit {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Where the counters live; this process's memory when omitted. */
  limits?: LimitStore;
}

/** A limit as the IETF `RateLimit-Policy` header names it. */
export interface RateLimitPolicy extends RateLimit {
  /** The policy's name in the headers, e.g. `per-key`. */
  name: string;
}

/** Documented sandbox limit per API key: 25 requests per second. */
export const DEFAULT_RATE_LIMIT: RateLimit = { points: 25, duration: 1 };

const policyHeader = ({ name, points, duration }: RateLimitPolicy) => `"${name}";q=${points};w=${duration}`;

/**
 * The 429 every limit answers with: `Retry-After` in whole seconds (at least 1), and the
 * `RateLimit` / `RateLimit-Policy` headers when the limit is a published policy.
 */
export function rateLimited(retryAfterMs: number, message: string, policy?: RateLimitPolicy): ApiError {
  const retryAfter = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  return new ApiError(429, "rate_limited", message, undefined, {
    "Retry-After": retryAfter,
    ...(policy ? { "RateLimit-Policy": policyHeader(policy), RateLimit: `"${policy.name}";r=0;t=${retryAfter}` } : {}),
  });
}

/** Takes one point from `key`'s budget, or throws {@link rateLimited}'s 429 with `message`. */
export async function consumeOrThrow(
  limiter: RateLimiterAbstract,
  key: string,
  message: string,
  policy?: RateLimitPolicy,
): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw rateLimited(rejection.msBeforeNext, message, policy);
  }
}

/**
 * A limit per `key(c)` (an API key, a client) with the IETF `RateLimit` / `RateLimit-Policy`
 * headers on answered requests (an idempotent replay returns the stored headers only) and
 * `Retry-After` on 429. Counters live in `policy.limits` (memory, or Redis shared by instances).
 */
export function rateLimit<E extends Env>(policy: RateLimitPolicy, key: (c: Context<E>) => string) {
  const limiter = (policy.limits ?? memoryLimits()).limiter(policy.name, policy.points, policy.duration);
  const message = `Rate limit of ${policy.points} requests per ${policy.duration} s exceeded`;
  return createMiddleware<E>(async (c, next) => {
    const result = await consumeOrThrow(limiter, key(c), message, policy);
    c.header("RateLimit-Policy", policyHeader(policy));
    c.header("RateLimit", `"${policy.name}";r=${result.remainingPoints};t=${Math.ceil(result.msBeforeNext / 1000)}`);
    await next();
  });
}
