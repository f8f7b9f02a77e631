import { ApiError } from "@portico/http/errors";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { isValidSession, SESSION_COOKIE, tokenMatches } from "../admin-sessions.ts";
import type { FeedbackDeps, FeedbackEnv } from "../feedback-env.ts";
import { assertSameOrigin } from "./same-origin.ts";

/** Refuses everything admin while `PORTICO_ADMIN_TOKEN` is unset. */
export function assertAdminOpen(adminToken: string | undefined): asserts adminToken is string {
  if (!adminToken)
    throw new ApiError(403, "forbidden", "The admin is closed: set PORTICO_ADMIN_TOKEN and restart the portal");
}

/**
 * Authorization at the head of every admin handler's chain: the bearer token or a live session
 * cookie. A cookie rides along on cross-site requests, so with one a state change must also
 * prove its origin; a bearer caller (a script) may omit Origin.
 */
export function requireAdmin(
  { store, adminToken, now }: Pick<FeedbackDeps, "store" | "adminToken" | "now">,
  { changesState }: { changesState: boolean },
) {
  return createMiddleware<FeedbackEnv>(async (c, next) => {
    assertAdminOpen(adminToken);
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (bearer !== undefined && tokenMatches(bearer, adminToken)) {
      if (changesState) assertSameOrigin(c, false);
    } else if (await isValidSession(store, adminToken, getCookie(c, SESSION_COOKIE), now())) {
      if (changesState) assertSameOrigin(c, true);
    } else {
      throw new ApiError(401, "unauthorized", "Sign in to the admin first");
    }
    await next();
  });
}
