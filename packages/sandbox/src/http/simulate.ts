import { createMiddleware } from "hono/factory";
import type { SandboxEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

const SIMULATED = {
  "429": ["rate_limited", "Simulated: too many requests"],
  "500": ["internal_error", "Simulated: internal server error"],
  "502": ["service_unavailable", "Simulated: bad gateway"],
  "503": ["service_unavailable", "Simulated: service unavailable"],
  "504": ["service_unavailable", "Simulated: gateway timeout"],
} as const;

/**
 * `X-Sandbox-Simulate: 429|500|502|503|504` answers with that failure before anything runs, so
 * clients can exercise the retry table; nothing is read or written.
 */
export const simulateFaults = createMiddleware<SandboxEnv>(async (c, next) => {
  const wanted = c.req.header("x-sandbox-simulate");
  if (wanted === undefined) return next();
  const entry = SIMULATED[wanted.trim() as keyof typeof SIMULATED];
  if (!entry) {
    throw new ApiError(400, "validation_error", "X-Sandbox-Simulate takes 429, 500, 502, 503 or 504", [
      { field: "X-Sandbox-Simulate", code: "invalid_value", message: `Unsupported value: ${wanted}` },
    ]);
  }
  const [code, message] = entry;
  const status = Number(wanted.trim());
  throw new ApiError(status, code, message, undefined, status === 429 || status === 503 ? { "Retry-After": "1" } : {});
});
