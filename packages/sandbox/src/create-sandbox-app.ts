import { limitBody, limitJsonBody, readJson } from "@portico/http/body";
import { clientIdentity } from "@portico/http/client-id";
import { cursorCodecFromStore } from "@portico/http/cursor";
import { ApiError } from "@portico/http/errors";
import { IDEMPOTENCY_RETENTION_MS } from "@portico/http/idempotency";
import { consumeOrThrow, DEFAULT_RATE_LIMIT, type RateLimit } from "@portico/http/rate-limit";
import { requestId } from "@portico/http/request-id";
import { errorResponse, json } from "@portico/http/respond";
import { SandboxKeyRequest } from "@portico/schemas/sandbox-keys";
import type { Store } from "@portico/store";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { createPqcRouter } from "./pqc/create-pqc-router.ts";
import { MAX_IMPORT_BYTES } from "./pqc/imports.ts";
import { provisionPqc, provisionThrottle, purgeExpired } from "./provision.ts";
import type { SandboxEnv } from "./sandbox-env.ts";
import { createThrottleRouter } from "./throttle/create-throttle-router.ts";

export interface SandboxOptions {
  store: Store;
  /** The clock; tests move it to expire sandboxes and idempotency keys. */
  now?: () => Date;
  /** Per-API-key limit; {@link DEFAULT_RATE_LIMIT} unless a test or benchmark says otherwise. */
  rateLimit?: RateLimit;
  /** Sandboxes one client may create per 10 minutes. */
  provisionsPer10Minutes?: number;
  /** Sandboxes all clients together may create per 10 minutes. */
  provisionsOverallPer10Minutes?: number;
  /** Where the sandbox is mounted; `/sandbox` in the portal. */
  basePath?: string;
}

/** Largest JSON body accepted. */
export const MAX_JSON_BYTES = 64 * 1024;

/**
 * The sandbox for both products as one Hono app: `POST {base}/keys`, the Throttle API under
 * `{base}/throttle`, the PQC Inventory API under `{base}/pqc`. Every response carries
 * `X-Request-Id`; every error is the documented envelope.
 */
export function createSandboxApp(options: SandboxOptions) {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const codec = cursorCodecFromStore(store);
  const provisioning = new RateLimiterMemory({ points: options.provisionsPer10Minutes ?? 20, duration: 600 });
  // A ceiling for all clients together: per-client identity rests on a header a client can set.
  const provisioningOverall = new RateLimiterMemory({
    points: options.provisionsOverallPer10Minutes ?? 600,
    duration: 600,
  });
  const clientOf = clientIdentity(store);

  const app = new Hono<SandboxEnv>().basePath(options.basePath ?? "/sandbox");
  app.use(requestId);
  app.use(limitBody(MAX_IMPORT_BYTES + 64 * 1024), limitJsonBody(MAX_JSON_BYTES));

  app.post("/keys", async (c) => {
    const client = await clientOf(c);
    const refused = "Too many sandboxes created from this client; try again later";
    await consumeOrThrow(provisioningOverall, "all", refused);
    await consumeOrThrow(provisioning, client, refused);
    const { product } = await readJson(c, SandboxKeyRequest);
    await purgeExpired(store, now(), IDEMPOTENCY_RETENTION_MS);
    const data =
      product === "throttle" ? await provisionThrottle(store, client, now()) : await provisionPqc(store, client, now());
    return json(c, { data, meta: { requestId: c.get("requestId") } }, 201);
  });

  const routers = { store, codec, now, rateLimit };
  app.route("/throttle", createThrottleRouter(routers));
  app.route("/pqc", createPqcRouter(routers));

  app.notFound((c) =>
    errorResponse(c, new ApiError(404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`)),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError(error.status, "validation_error", error.message || "Bad request"));
    }
    // Logged without the request, which may carry keys; the client sees no stack trace.
    console.error(`sandbox: unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return errorResponse(
      c,
      new ApiError(
        500,
        "internal_error",
        "Something went wrong on our side; retry, and quote the X-Request-Id if it persists",
      ),
    );
  });
  return app;
}
