import { parseWith, readForm, readJson, readQuery } from "@portico/http/body";
import { clientIdentity } from "@portico/http/client-id";
import type { HttpEnv } from "@portico/http/context";
import { cursorCodecFromStore } from "@portico/http/cursor";
import { ApiError, notFound } from "@portico/http/errors";
import { idempotency } from "@portico/http/idempotency";
import { consumeOrThrow } from "@portico/http/rate-limit";
import { requestId } from "@portico/http/request-id";
import { errorResponse, json } from "@portico/http/respond";
import { FeedbackCreateRequest, FeedbackListQuery, FeedbackStatusChange } from "@portico/schemas/feedback";
import { MAX_COMMENT_LENGTH } from "@portico/schemas/feedback-constants";
import type { Store } from "@portico/store";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { v7 as uuidv7 } from "uuid";
import { z } from "zod";
import {
  createSession,
  endSession,
  isValidSession,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  tokenMatches,
} from "./admin-sessions.ts";
import { type FallbackValues, renderFallbackPage } from "./fallback-page.ts";
import { feedbackToCsv } from "./feedback-csv.ts";
import { exportFeedback, feedbackStats, getFeedback, pageOfFeedback } from "./feedback-queries.ts";

/** Largest feedback body accepted: 8 KiB. */
export const MAX_FEEDBACK_BYTES = 8 * 1024;
/** Body of `POST /api/admin/session`. */
const SignIn = z.strictObject({ token: z.string().min(1).max(500) });

/** Documented limit: 10 submissions per minute from one client. */
export const DEFAULT_FEEDBACK_RATE = { points: 10, duration: 60 };

/** What the portal knows about a page readers may give feedback on. */
export interface PageInfo {
  product: string;
  /** Content hash of the page, so writers know which text a reader saw. */
  version: string;
}

export interface FeedbackAppOptions {
  store: Store;
  /** The page at this path, or undefined when no such page exists. */
  findPage: (path: string) => Promise<PageInfo | undefined>;
  /** `PORTICO_ADMIN_TOKEN`; when undefined the admin stays closed. */
  adminToken?: string | undefined;
  now?: () => Date;
  rateLimit?: { points: number; duration: number };
}

/** Hono context variables of a feedback request: the request id, and the submitting client's hash. */
type FeedbackEnv = { Variables: HttpEnv["Variables"] & { clientHash: string } };

const isForm = (c: Context) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(c.req.header("content-type") ?? "");

/**
 * A cross-site request carries another site's Origin; requests without one (curl, servers) pass.
 * The Origin's host is compared with the Host header: behind Next.js the request URL's host is
 * not the one the browser used.
 */
function assertSameOrigin(c: Context, required: boolean) {
  const origin = c.req.header("origin");
  if (origin === undefined) {
    if (required)
      throw new ApiError(403, "forbidden", "State-changing admin requests must come from the portal's own pages");
    return;
  }
  const host = c.req.header("x-forwarded-host") ?? c.req.header("host") ?? new URL(c.req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  if (originHost !== host) throw new ApiError(403, "forbidden", "Cross-site requests are refused");
}

/** Form fields as the JSON body would carry them: "yes"/"no" become booleans, empty fields vanish. */
function formToRequest(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value !== "string" || value === "") continue;
    out[key] = key === "helpful" ? (value === "yes" ? true : value === "no" ? false : value) : value;
  }
  return out;
}

/**
 * Portico's own feedback and admin APIs under `/api`, following the conventions the portal
 * documents: camelCase, the error envelope, Idempotency-Key, X-Request-Id, cursor pagination.
 */
export function createFeedbackApp(options: FeedbackAppOptions) {
  const { store, findPage, adminToken } = options;
  const now = options.now ?? (() => new Date());
  const limiter = new RateLimiterMemory(options.rateLimit ?? DEFAULT_FEEDBACK_RATE);
  const codec = cursorCodecFromStore(store);

  const clientHash = clientIdentity(store);
  // A ceiling for all clients together: per-client identity rests on a header a client can set.
  const overall = new RateLimiterMemory({
    points: (options.rateLimit ?? DEFAULT_FEEDBACK_RATE).points * 60,
    duration: 60,
  });

  /** Authorization, checked at the top of every admin handler: a live session cookie or the bearer token. */
  async function requireAdmin(c: Context, { changesState }: { changesState: boolean }) {
    if (!adminToken)
      throw new ApiError(403, "forbidden", "The admin is closed: set PORTICO_ADMIN_TOKEN and restart the portal");
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (bearer !== undefined && tokenMatches(bearer, adminToken)) {
      if (changesState) assertSameOrigin(c, false);
      return;
    }
    if (await isValidSession(store, getCookie(c, SESSION_COOKIE), now())) {
      // A cookie rides along on cross-site requests, so state changes must prove their origin.
      if (changesState) assertSameOrigin(c, true);
      return;
    }
    throw new ApiError(401, "unauthorized", "Sign in to the admin first");
  }

  const app = new Hono<FeedbackEnv>().basePath("/api");
  app.use(requestId);

  app.post(
    "/feedback",
    bodyLimit({
      maxSize: MAX_FEEDBACK_BYTES,
      onError: () => {
        throw new ApiError(413, "payload_too_large", `Feedback is limited to ${MAX_FEEDBACK_BYTES} bytes`);
      },
    }),
    async (c, next) => {
      const form = isForm(c);
      let fields: Record<string, unknown> = {};
      try {
        assertSameOrigin(c, false);
        const client = await clientHash(c);
        const refused = "Too much feedback from this client; try again in a minute";
        await consumeOrThrow(overall, "all", refused);
        await consumeOrThrow(limiter, client, refused);
        c.set("clientHash", client);
        if (form) fields = formToRequest(await readForm(c));
        await next();
        if (form && c.res.status >= 400) {
          const envelope = (await c.res.clone().json()) as {
            error: { message: string; details?: { message: string; field?: string }[] };
          };
          throw new ApiError(c.res.status, "validation_error", envelope.error.message, envelope.error.details as never);
        }
      } catch (error) {
        if (!form || !(error instanceof ApiError)) throw error;
        const messages = error.details?.length
          ? error.details.map((d) => ("field" in d && d.field ? `${d.field}: ${d.message}` : d.message))
          : [error.message];
        c.res = c.html(await renderFallbackPage(messages, fields as unknown as FallbackValues), error.status as 400);
      }
    },
    idempotency<FeedbackEnv>({ store, now, scope: (c) => c.get("clientHash") }),
    async (c) => {
      const input = isForm(c) ? formToRequest(await readForm(c)) : undefined;
      const body =
        input === undefined ? await readJson(c, FeedbackCreateRequest) : parseWith(FeedbackCreateRequest, input);
      const page = await findPage(body.pagePath);
      if (!page) {
        throw new ApiError(400, "validation_error", "Request body validation failed", [
          { field: "pagePath", code: "not_found", message: `No Portico page at ${body.pagePath}` },
        ]);
      }
      const at = now().toISOString();
      const id = uuidv7();
      // A filled honeypot is a bot: answer as if stored, store nothing.
      if (!body.website) {
        await store.db
          .insertInto("feedback")
          .values({
            id,
            pagePath: body.pagePath,
            product: page.product,
            pageVersion: page.version,
            anchor: body.anchor ?? null,
            category: body.category ?? null,
            helpful: body.helpful ? 1 : 0,
            comment: body.comment ? body.comment.slice(0, MAX_COMMENT_LENGTH) : null,
            email: body.email ?? null,
            status: "new",
            note: null,
            clientHash: c.get("clientHash"),
            createdAt: at,
            updatedAt: at,
          })
          .execute();
      }
      if (isForm(c)) return c.redirect(`${body.pagePath}#feedback-sent`, 303);
      return json(c, { data: { id, status: "new", createdAt: at }, meta: { requestId: c.get("requestId") } }, 201);
    },
  );

  app.post("/admin/session", async (c) => {
    if (!adminToken)
      throw new ApiError(403, "forbidden", "The admin is closed: set PORTICO_ADMIN_TOKEN and restart the portal");
    assertSameOrigin(c, false);
    const form = isForm(c);
    const token = form ? String((await readForm(c)).token ?? "") : String((await readJson(c, SignIn)).token);
    if (!tokenMatches(token, adminToken)) {
      if (form) return c.redirect("/admin/feedback?signin=failed", 303);
      throw new ApiError(401, "unauthorized", "That token does not open the admin");
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
  });

  app.post("/admin/session/sign-out", async (c) => {
    assertSameOrigin(c, false);
    await endSession(store, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/admin/feedback", 303);
  });

  app.get("/admin/feedback", async (c) => {
    await requireAdmin(c, { changesState: false });
    const page = await pageOfFeedback(store, await codec(), readQuery(c, FeedbackListQuery));
    return json(c, { data: page.items, meta: { pagination: page.pagination } });
  });

  app.get("/admin/feedback/export", async (c) => {
    await requireAdmin(c, { changesState: false });
    const { limit: _limit, cursor: _cursor, ...filters } = readQuery(c, FeedbackListQuery);
    const filename = `portico-feedback-${now().toISOString().slice(0, 10)}.csv`;
    return c.body(feedbackToCsv(await exportFeedback(store, filters)), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  });

  app.get("/admin/feedback/stats", async (c) => {
    await requireAdmin(c, { changesState: false });
    return json(c, { data: await feedbackStats(store), meta: { requestId: c.get("requestId") } });
  });

  app.get("/admin/feedback/:id", async (c) => {
    await requireAdmin(c, { changesState: false });
    const item = await getFeedback(store, c.req.param("id"));
    if (!item) throw notFound(`Feedback ${c.req.param("id")}`);
    return json(c, { data: item, meta: { requestId: c.get("requestId") } });
  });

  async function changeStatus(id: string, input: unknown) {
    const change = parseWith(FeedbackStatusChange, input);
    const updated = await store.db
      .updateTable("feedback")
      .set({ status: change.status, note: change.note ?? null, updatedAt: now().toISOString() })
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound(`Feedback ${id}`);
    return getFeedback(store, id);
  }

  app.patch("/admin/feedback/:id", async (c) => {
    await requireAdmin(c, { changesState: true });
    const data = await changeStatus(c.req.param("id"), await readJson(c, FeedbackStatusChange));
    return json(c, { data, meta: { requestId: c.get("requestId") } });
  });

  // The admin's HTML form: the same change, then back to the item.
  app.post("/admin/feedback/:id", async (c) => {
    await requireAdmin(c, { changesState: true });
    if (!isForm(c)) throw new ApiError(415, "unsupported_media_type", "Use PATCH with JSON, or submit the admin form");
    const id = c.req.param("id");
    await changeStatus(id, formToRequest(await readForm(c)));
    return c.redirect(`/admin/feedback/${id}?saved=1`, 303);
  });

  app.notFound((c) => errorResponse(c, notFound(`${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    console.error(`feedback: unexpected error on ${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return errorResponse(
      c,
      new ApiError(500, "internal_error", "Something went wrong on our side; your feedback was not stored"),
    );
  });
  return app;
}
