import { limitBody, limitJsonBody, readJson } from "@portico/http/body";
import { clientIdentity, processClientKey } from "@portico/http/client-id";
import { cursorCodecFromStore } from "@portico/http/cursor";
import { ApiError, knownFailure } from "@portico/http/errors";
import { IDEMPOTENCY_RETENTION_MS } from "@portico/http/idempotency";
import { type LimitStore, memoryLimits } from "@portico/http/limit-store";
import { methodNotAllowed, type Route } from "@portico/http/method-not-allowed";
import { consumeOrThrow, DEFAULT_RATE_LIMIT, type RateLimit } from "@portico/http/rate-limit";
import { requestId } from "@portico/http/request-id";
import { errorResponse, json } from "@portico/http/respond";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCTS, type ProductId } from "@portico/schemas/products";
import { SandboxKeyRequest } from "@portico/schemas/sandbox-keys";
import type { Store } from "@portico/store";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { checkPathParams } from "./middleware/path-params.ts";
import type { ProductSandbox } from "./product-sandbox.ts";
import { PRODUCT_SANDBOXES } from "./product-sandboxes.ts";
import { purgeExpired } from "./provision-sandbox.ts";
import type { QuotaOverrides } from "./quota.ts";
import type { RouterDeps } from "./router-deps.ts";
import type { SandboxEnv } from "./sandbox-env.ts";

export interface SandboxOptions {
  /** Key of the client-address HMAC (never stored); a new one per process when omitted. */
  clientKey?: string;
  store: Store;
  /** The clock; tests move it to expire sandboxes and idempotency keys. */
  now?: () => Date;
  /** Per-API-key limit; {@link DEFAULT_RATE_LIMIT} unless a test or benchmark says otherwise. */
  rateLimit?: RateLimit;
  /** Where every limit's counters live (Redis with several instances); this process's memory when omitted. */
  limits?: LimitStore;
  /** Sandboxes one client may create per 10 minutes. */
  provisionsPer10Minutes?: number;
  /** Sandboxes all clients together may create per 10 minutes. */
  provisionsOverallPer10Minutes?: number;
  /**
   * Quota limits by name, replacing the products' own (a test lowers them to meet 409
   * `quota_exceeded`); read on every request, so a test may change them after setting up.
   */
  quotas?: QuotaOverrides;
  /** Where the sandbox is mounted; `/sandbox` in the portal. */
  basePath?: string;
  /** Each product's sandbox module; {@link PRODUCT_SANDBOXES} unless a test swaps one. */
  sandboxes?: { [Id in ProductId]: ProductSandbox<Id> };
}

/** Largest JSON body accepted. */
export const MAX_JSON_BYTES = 64 * 1024;

/** Applies each product's own migrations once per app; a failure is retried on the next request. */
function productMigrations(store: Store, sandboxes: readonly ProductSandbox[]) {
  const owners = sandboxes.filter((sandbox) => sandbox.migrations).map((sandbox) => sandbox.id.replaceAll("-", "_"));
  const clash = owners.find((owner, index) => owners.indexOf(owner) !== index);
  if (clash) throw new Error(`two products keep their migrations as "${clash}": rename one`);
  let done: Promise<void> | undefined;
  return () => {
    done ??= (async () => {
      for (const sandbox of sandboxes) {
        if (sandbox.migrations) await store.migrate(sandbox.id.replaceAll("-", "_"), sandbox.migrations);
      }
    })().catch((error: unknown) => {
      done = undefined;
      throw error;
    });
    return done;
  };
}

/**
 * Every operation of every mounted product as a route under `base`; the keys API, the one
 * operation with a server of its own, sits at the sandbox's base.
 */
function sandboxRoutes(base: string, sandboxes: readonly ProductSandbox[]): Route[] {
  return sandboxes.flatMap((sandbox) =>
    operationsOf(sandbox.id).map(({ method, path, server }) => ({
      method,
      path: server === undefined ? `${base}/${sandbox.id}${path}` : `${base}${path}`,
    })),
  );
}

/**
 * Every registered product's sandbox as one Hono app: `POST {base}/keys`, and each product's
 * API under `{base}/<id>`. Every response carries `X-Request-Id`; every error is the
 * documented envelope.
 */
export function createSandboxApp(options: SandboxOptions) {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? memoryLimits();
  const rateLimit: RateLimit = { ...(options.rateLimit ?? DEFAULT_RATE_LIMIT), limits };
  const codec = cursorCodecFromStore(store);
  const provisioning = limits.limiter("sandbox-provision-client", options.provisionsPer10Minutes ?? 20, 600);
  // A ceiling for all clients together, whatever address each one shows.
  const provisioningOverall = limits.limiter(
    "sandbox-provision-all",
    options.provisionsOverallPer10Minutes ?? 600,
    600,
  );
  const clientOf = clientIdentity(options.clientKey ?? processClientKey());
  const sandboxes = options.sandboxes ?? PRODUCT_SANDBOXES;
  const mounted: ProductSandbox[] = PRODUCTS.map((product) => sandboxes[product.id]);
  const migrated = productMigrations(store, mounted);
  const maxBodyBytes = Math.max(MAX_JSON_BYTES, ...mounted.map((sandbox) => sandbox.maxBodyBytes ?? 0));

  const base = options.basePath ?? "/sandbox";
  const app = new Hono<SandboxEnv>().basePath(base);
  app.use(requestId);
  // A wrong method on a path the catalogue lists is 405, decided like the 404, before authentication.
  app.use(methodNotAllowed(sandboxRoutes(base, mounted)));
  app.use(limitBody(maxBodyBytes), limitJsonBody(MAX_JSON_BYTES));
  app.use(async (_c, next) => {
    await migrated();
    await next();
  });

  app.post("/keys", async (c) => {
    // Read first: a request refused as malformed provisions nothing, so it spends no quota.
    const { product } = await readJson(c, SandboxKeyRequest);
    const client = clientOf(c);
    const refused = "Too many sandboxes created from this client; try again later";
    await consumeOrThrow(provisioningOverall, "all", refused);
    await consumeOrThrow(provisioning, client, refused);
    await purgeExpired(store, now(), IDEMPOTENCY_RETENTION_MS);
    const data = await sandboxes[product].provision(store, client, now());
    return json(c, { data, meta: { requestId: c.get("requestId") } }, 201);
  });

  const deps: RouterDeps = { store, codec, now, rateLimit, quotas: options.quotas ?? {} };
  for (const sandbox of mounted) {
    checkPathParams(app, `/${sandbox.id}`, operationsOf(sandbox.id));
    app.route(`/${sandbox.id}`, sandbox.createRouter(deps));
  }

  app.notFound((c) =>
    errorResponse(c, new ApiError(404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`)),
  );
  app.onError((error, c) => {
    const known = knownFailure(error);
    if (known) return errorResponse(c, known);
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
