import { ApiError } from "@portico/http/errors";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

/**
 * A cross-site request carries another site's Origin; requests without one (curl, servers) pass
 * unless `required`. The Origin's host is compared with the Host header: behind Next.js the
 * request URL's host is not the one the browser used.
 */
export function assertSameOrigin(c: Context, required: boolean) {
  const origin = c.req.header("origin");
  if (origin === undefined) {
    if (required)
      throw new ApiError(403, "forbidden", "State-changing admin requests must come from the portal's own pages");
    return;
  }
  const host = c.req.header("x-forwarded-host") ?? c.req.header("host") ?? new URL(c.req.url).host;
  if (isForeignOrigin(origin, host)) throw new ApiError(403, "forbidden", CROSS_SITE_REFUSED);
}

/** What a refused cross-site request is told. */
export const CROSS_SITE_REFUSED = "Cross-site requests are refused";

/** Whether an `Origin` header names another host than the one the request was sent to. */
export function isForeignOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Refuses a foreign Origin; a request without one passes. */
export const sameOrigin = createMiddleware(async (c, next) => {
  assertSameOrigin(c, false);
  await next();
});
