import { ApiError } from "@portico/http/errors";
import { rateLimited } from "@portico/http/rate-limit";
import { SIMULATED_FAILURE_CODES, SIMULATED_FAILURES, type SimulatedFailure } from "@portico/schemas/common";
import { createMiddleware } from "hono/factory";
import type { SandboxEnv } from "../sandbox-env.ts";

const MESSAGES: Record<SimulatedFailure, string> = {
  "429": "Simulated: too many requests",
  "500": "Simulated: internal server error",
  "502": "Simulated: bad gateway",
  "503": "Simulated: service unavailable",
  "504": "Simulated: gateway timeout",
};

const isSimulated = (value: string): value is SimulatedFailure =>
  (SIMULATED_FAILURES as readonly string[]).includes(value);

/**
 * `X-Sandbox-Simulate: 429|500|502|503|504` answers with that failure before anything runs, so
 * clients can exercise the retry table; nothing is read or written.
 */
export const simulateFaults = createMiddleware<SandboxEnv>(async (c, next) => {
  const wanted = c.req.header("x-sandbox-simulate");
  if (wanted === undefined) return next();
  const status = wanted.trim();
  if (!isSimulated(status)) {
    const listed = `${SIMULATED_FAILURES.slice(0, -1).join(", ")} or ${SIMULATED_FAILURES.at(-1)}`;
    throw new ApiError(400, "validation_error", `X-Sandbox-Simulate takes ${listed}`, [
      { field: "X-Sandbox-Simulate", code: "invalid_value", message: `Unsupported value: ${wanted}` },
    ]);
  }
  const code = SIMULATED_FAILURE_CODES[status];
  const message = MESSAGES[status];
  if (status === "429") throw rateLimited(1000, message);
  throw new ApiError(Number(status), code, message, undefined, status === "503" ? { "Retry-After": "1" } : {});
});
