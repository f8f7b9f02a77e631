import { limitBody } from "@portico/http/body";
import { processClientKey } from "@portico/http/client-id";
import { cursorCodecFromStore } from "@portico/http/cursor";
import { ApiError, knownFailure, notFound } from "@portico/http/errors";
import { type LimitStore, memoryLimits } from "@portico/http/limit-store";
import { methodNotAllowed } from "@portico/http/method-not-allowed";
import { requestId } from "@portico/http/request-id";
import { errorResponse } from "@portico/http/respond";
import { porticoOperations } from "@portico/schemas/portico-operations";
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
import { checkFeedbackId } from "./middleware/check-feedback-id.ts";
import { feedbackIdempotency } from "./middleware/feedback-idempotency.ts";
import { feedbackRateLimit } from "./middleware/feedback-rate-limit.ts";
import { formFallback, readFeedbackForm } from "./middleware/form-fallback.ts";
import { requireAdmin } from "./middleware/require-admin.ts";
import { sameOrigin } from "./middleware/same-origin.ts";

export type { PageInfo } from "./feedback-env.ts";

/** Largest feedback body accepted: 8 KiB. */
export const MAX_FEEDBACK_BYTES = 8 * 1024;

/** Largest admin body accepted (a sign-in, a status and its note): 16 KiB. */
export const MAX_ADMIN_BODY_BYTES = 16 * 1024;

export interface FeedbackAppOptions extends Omit<FeedbackDeps, "now" | "adminToken" | "clientKey" | "limits"> {
  /** Where the limits count; this process's memory when omitted. */
  limits?: LimitStore;
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
const adminBodyLimit = limitBody(MAX_ADMIN_BODY_BYTES, `Admin requests are limited to ${MAX_ADMIN_BODY_BYTES} bytes`);

/** The routes of this app as the Portico OpenAPI document lists them (the keys API is the sandbox's). */
const ROUTES = porticoOperations.filter((op) => op.path.startsWith("/api/"));

/**
 * Portico's own feedback and admin APIs under `/api`, following the conventions the portal
 * documents: camelCase, the error envelope, Idempotency-Key, X-Request-Id, cursor pagination.
 * Every admin route starts with `requireAdmin`, whatever runs in front of the app.
 */
export function createFeedbackApp(options: FeedbackAppOptions) {
  const { store, findPage, adminToken } = options;
  const now = options.now ?? (() => new Date());
  const deps: FeedbackDeps = {
    store,
    findPage,
    adminToken,
    now,
    clientKey: options.clientKey ?? processClientKey(),
    limits: options.limits ?? memoryLimits(),
  };
  const read = requireAdmin(deps, { changesState: false });
  const change = requireAdmin(deps, { changesState: true });

  const app = new Hono<FeedbackEnv>().basePath("/api");
  app.use(requestId);
  app.use(methodNotAllowed(ROUTES));

  app.post(
    "/feedback",
    feedbackBodyLimit,
    formFallback,
    sameOrigin,
    feedbackRateLimit(deps, options.rateLimit),
    readFeedbackForm,
    feedbackIdempotency(store, now),
    postFeedback(deps),
  );

  app.post("/admin/session", adminBodyLimit, signIn(deps));
  app.post("/admin/session/sign-out", sameOrigin, signOut(deps));

  app.get("/admin/feedback", read, listFeedbackHandler(deps, cursorCodecFromStore(store)));
  app.get("/admin/feedback/export", read, exportCsv(deps));
  app.get("/admin/feedback/stats", read, statsHandler(deps));
  app.get("/admin/feedback/:id", read, checkFeedbackId, getFeedbackHandler(deps));
  app.patch("/admin/feedback/:id", change, checkFeedbackId, adminBodyLimit, patchFeedback(deps));
  app.post("/admin/feedback/:id", change, checkFeedbackId, adminBodyLimit, postFeedbackStatusForm(deps));

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
