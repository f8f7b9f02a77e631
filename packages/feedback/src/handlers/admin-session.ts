import { readForm, readJson } from "@portico/http/body";
import { clientIdentity } from "@portico/http/client-id";
import { consumeOrThrow } from "@portico/http/rate-limit";
import { json } from "@portico/http/respond";
import { AdminSignIn } from "@portico/schemas/feedback";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createSession, endSession, SESSION_COOKIE, SESSION_TTL_MS, tokenMatches } from "../admin-sessions.ts";
import type { FeedbackDeps, FeedbackEnv } from "../feedback-env.ts";
import { isForm } from "../form-fields.ts";
import { adminUnauthorized, assertAdminOpen } from "../middleware/require-admin.ts";
import { assertSameOrigin } from "../middleware/same-origin.ts";

/**
 * Sign-in attempts allowed, right or wrong: per client per minute, and from everyone together per
 * minute, so guessing the token is slow even for a caller who rotates addresses.
 */
export const SIGN_IN_LIMITS = { perClient: 10, overall: 60, windowSeconds: 60 } as const;

/**
 * `POST /api/admin/session`: trades the admin token for an http-only, SameSite=Strict session
 * cookie. The admin's sign-in form is sent back to the admin, failed or not. Every attempt spends
 * from both sign-in limits first; past either, a 429 with `Retry-After`.
 */
export function signIn({
  store,
  adminToken,
  now,
  clientKey,
  limits,
}: Pick<FeedbackDeps, "store" | "adminToken" | "now" | "clientKey" | "limits">) {
  const perClient = limits.limiter("signin-client", SIGN_IN_LIMITS.perClient, SIGN_IN_LIMITS.windowSeconds);
  const overall = limits.limiter("signin-all", SIGN_IN_LIMITS.overall, SIGN_IN_LIMITS.windowSeconds);
  const clientOf = clientIdentity(clientKey);
  const message = "Too many sign-in attempts; wait for the seconds in Retry-After";
  return async (c: Context<FeedbackEnv>) => {
    assertAdminOpen(adminToken);
    assertSameOrigin(c, false);
    await consumeOrThrow(perClient, clientOf(c), message);
    await consumeOrThrow(overall, "all", message);
    const form = isForm(c);
    const token = form ? String((await readForm(c)).token ?? "") : String((await readJson(c, AdminSignIn)).token);
    if (!tokenMatches(token, adminToken)) {
      if (form) return c.redirect("/admin/feedback?signin=failed", 303);
      throw adminUnauthorized("That token does not open the admin");
    }
    const session = await createSession(store, adminToken, now());
    setCookie(c, SESSION_COOKIE, session.value, {
      httpOnly: true,
      sameSite: "Strict",
      secure: new URL(c.req.url).protocol === "https:",
      path: "/",
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    if (form) return c.redirect("/admin/feedback", 303);
    return json(
      c,
      { data: { expiresAt: session.expiresAt.toISOString() }, meta: { requestId: c.get("requestId") } },
      201,
    );
  };
}

/** `POST /api/admin/session/sign-out`: ends the session, if any, and goes back to the sign-in. */
export function signOut({ store, adminToken }: Pick<FeedbackDeps, "store" | "adminToken">) {
  return async (c: Context<FeedbackEnv>) => {
    if (adminToken) await endSession(store, adminToken, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/admin/feedback", 303);
  };
}
