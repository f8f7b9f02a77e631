import { limitBody } from "@portico/http/body";
import { processClientKey } from "@portico/http/client-id";
import { cursorCodecFromStore } from "@portico/http/cursor";
import { ApiError, knownFailure, notFound } from "@portico/http/errors";
import { requestId } from "@portico/http/request-id";
import { errorResponse } from "@portico/http/respond";
import { Hono } from "hono";
import type { FeedbackDeps, FeedbackEnv } from "./feedback-env.ts";
import {
  exportCsv,
  getFeedbackHandler,
  listFeedbackHandler,
  patchFeedback,
  postFeedbackStatusForm,
  statsHandler,
} from "./handlers/admin-feedback.ts";
import { signIn, signOut } from "./handlers/admin-session.ts";
import { postFeedback } from "./handlers/post-feedback.ts";
import { feedbackIdempotency } from "./middleware/feedback-idempotency.ts";
import { feedbackRateLimit } from "./middleware/feedback-rate-limit.ts";
import { formFallback, readFeedbackForm } from "./middleware/form-fallback.ts";
import { requireAdmin } from "./middleware/require-admin.ts";
import { sameOrigin } from "./middleware/same-origin.ts";

export type { PageInfo } from "./feedback-env.ts";

/** Largest feedback body accepted: 8 KiB. */
export const MAX_FEEDBACK_BYTES = 8 * 1024;

export interface FeedbackAppOptions extends Omit<FeedbackDeps, "now" | "adminToken" | "clientKey"> {
  /** Key of the client-address HMAC (never stored); a new one per process when omitted. */
  clientKey?: string | undefined;
  /** `PORTICO_ADMIN_TOKEN`; when undefined the admin stays closed. */
  adminToken?: string | undefined;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Per-client feedback allowance; 10 a minute by default. */
  rateLimit?: { points: number; duration: number };
}

const feedbackBodyLimit = limitBody(MAX_FEEDBACK_BYTES, `Feedback is limited to ${MAX_FEEDBACK_BYTES} bytes`);

/**
 * Portico's own feedback and admin APIs under `/api`, following the conventions the portal
 * documents: camelCase, the error envelope, Idempotency-Key, X-Request-Id, cursor pagination.
 * Every admin route starts with `requireAdmin`, whatever runs in front of the app.
 */
export function createFeedbackApp(options: FeedbackAppOptions) {
  const { store, findPage, adminToken } = options;
  const now = options.now ?? (() => new Date());
  const deps: FeedbackDeps = { store, findPage, adminToken, now, clientKey: options.clientKey ?? processClientKey() };
  const read = requireAdmin(deps, { changesState: false });
  const change = requireAdmin(deps, { changesState: true });

  const app = new Hono<FeedbackEnv>().basePath("/api");
  app.use(requestId);

  app.post(
    "/feedback",
    feedbackBodyLimit,
    formFallback,
    sameOrigin,
    feedbackRateLimit(deps.clientKey, options.rateLimit),
    readFeedbackForm,
    feedbackIdempotency(store, now),
    postFeedback(deps),
  );

  app.post("/admin/session", signIn(deps));
  app.post("/admin/session/sign-out", sameOrigin, signOut(deps));

  app.get("/admin/feedback", read, listFeedbackHandler(deps, cursorCodecFromStore(store)));
  app.get("/admin/feedback/export", read, exportCsv(deps));
  app.get("/admin/feedback/stats", read, statsHandler(deps));
  app.get("/admin/feedback/:id", read, getFeedbackHandler(deps));
  app.patch("/admin/feedback/:id", change, patchFeedback(deps));
  app.post("/admin/feedback/:id", change, postFeedbackStatusForm(deps));

  app.notFound((c) => errorResponse(c, notFound(`${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => {
    const known = knownFailure(error);
    if (known) return errorResponse(c, known);
    console.error(`feedback: unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return errorResponse(
      c,
      new ApiError(500, "internal_error", "Something went wrong on our side; your feedback was not stored"),
    );
  });
  return app;
}
