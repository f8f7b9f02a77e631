import { readForm, readJson } from "@portico/http/body";
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
 * `POST /api/admin/session`: trades the admin token for an http-only, SameSite=Strict session
 * cookie. The admin's sign-in form is sent back to the admin, failed or not.
 */
export function signIn({ store, adminToken, now }: Pick<FeedbackDeps, "store" | "adminToken" | "now">) {
  return async (c: Context<FeedbackEnv>) => {
    assertAdminOpen(adminToken);
    assertSameOrigin(c, false);
    const form = isForm(c);
    const token = form ? String((await readForm(c)).token ?? "") : String((await readJson(c, AdminSignIn)).token);
    if (!tokenMatches(token, adminToken)) {
      if (form) return c.redirect("/admin/feedback?signin=failed", 303);
      throw adminUnauthorized("That token does not open the admin");
    }
    const session = await createSession(store, now());
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
export function signOut({ store }: Pick<FeedbackDeps, "store">) {
  return async (c: Context<FeedbackEnv>) => {
    await endSession(store, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/admin/feedback", 303);
  };
}
