import { readPathParams } from "@portico/http/body";
import type { OperationSpec } from "@portico/schemas/operations";
import type { Hono } from "hono";
import type { SandboxEnv } from "../sandbox-env.ts";

/**
 * Checks, on `app` under `prefix`, every operation's path parameters against the operation's own
 * documented `pathParams` schema: a malformed id is the request's error (400 naming the
 * parameter), not a missing resource. Registered from the catalogue, so every product gets it and
 * the check is the document's. It runs before the product's router, as the route match does.
 */
export function checkPathParams(app: Hono<SandboxEnv>, prefix: string, operations: readonly OperationSpec[]) {
  for (const { method, path, pathParams, server } of operations) {
    if (pathParams === undefined || server !== undefined) continue;
    app.on(method.toUpperCase(), `${prefix}${path.replace(/\{(\w+)\}/g, ":$1")}`, async (c, next) => {
      readPathParams(c, pathParams);
      await next();
    });
  }
}
