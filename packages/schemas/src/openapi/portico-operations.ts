import { z } from "zod";
import {
  AdminSession,
  AdminSignIn,
  type Feedback,
  FeedbackCreateRequest,
  FeedbackExportQuery,
  FeedbackForm,
  FeedbackListQuery,
  FeedbackListResponse,
  FeedbackPath,
  FeedbackReceipt,
  FeedbackResponse,
  FeedbackStatsResponse,
  FeedbackStatusChange,
} from "../feedback.ts";
import { ADMIN_SESSION_COOKIE } from "../feedback-constants.ts";
import { PRODUCT_IDS } from "../products.ts";
import { errorResponse } from "./documented-responses.ts";
import { EXAMPLE_CURSOR, EXAMPLE_IDS, EXAMPLE_REQUEST_ID, EXAMPLE_TIME } from "./examples.ts";
import type { HeaderSpec, OperationSpec } from "./operation.ts";
import { provisionOperation } from "./operations.ts";

/** `GET /healthz`'s answer. */
const HealthStatus = z.strictObject({ status: z.literal("ok") }).meta({ id: "HealthStatus" });
/** `GET /readyz`'s answer while the database answers. */
const ReadyStatus = z.strictObject({ status: z.literal("ready") }).meta({ id: "ReadyStatus" });

/** The challenge every admin 401 carries. */
const ADMIN_CHALLENGE: Record<string, HeaderSpec> = {
  "WWW-Authenticate": {
    description: "The Bearer challenge of the admin token",
    schema: { type: "string" },
    example: 'Bearer realm="portico-admin"',
    required: true,
  },
};

/** What each of the Portico document's tags groups. */
export const PORTICO_TAGS: Record<string, string> = {
  Health: "Probes for a load balancer or orchestrator: is the process up, and can it serve.",
  Feedback: "Readers' feedback on a docs page: helpful or not, and what was wrong.",
  Admin: "The writers' triage of that feedback: sign in, list, read, export, count and change its status.",
};

/** How the admin is entered: its token as a Bearer credential (scripts), or the session cookie (the admin pages). */
export const ADMIN_SECURITY_SCHEMES = {
  adminToken: {
    type: "http",
    scheme: "bearer",
    description: "`PORTICO_ADMIN_TOKEN`, the token the portal was started with; for scripts",
  },
  adminSession: {
    type: "apiKey",
    in: "cookie",
    name: ADMIN_SESSION_COOKIE,
    description:
      "The session `POST /api/admin/session` sets (http-only, SameSite=Strict, 8 hours); a state change made with it must carry the portal's own `Origin`",
  },
} as const;

/** Either the token or the session opens the admin. */
const admin: Record<string, string[]>[] = [{ adminToken: [] }, { adminSession: [] }];

/** The examples speak of the first registered product's conventions page. */
const product = PRODUCT_IDS[0] ?? "";
const item = {
  id: EXAMPLE_IDS.feedback,
  pagePath: `/${product}/conventions`,
  product,
  pageVersion: "3f9a2c1b",
  anchor: "field-naming",
  category: "unclear",
  helpful: false,
  comment: "Which casing do query parameters use?",
  email: null,
  status: "new",
  note: null,
  channel: "form",
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
} satisfies Feedback;
const meta = { requestId: EXAMPLE_REQUEST_ID };

const location = (description: string, example: string, required = true): Record<string, HeaderSpec> => ({
  Location: { description, schema: { type: "string" }, example, required },
});
const setCookie = (description: string, example: string, required: boolean): HeaderSpec => ({
  description,
  schema: { type: "string" },
  example,
  required,
});
const sessionCookie = `${ADMIN_SESSION_COOKIE}=q2V0aGlzaXNub3RhcmVhbHNlc3Npb252YWx1ZV9fXw; Max-Age=28800; Path=/; HttpOnly; SameSite=Strict`;

const crossSite = "Cross-site requests are refused";
const adminErrors = (changesState: boolean) => ({
  401: errorResponse(
    "unauthorized",
    "Neither the admin token nor a live session came with the request",
    "Sign in to the admin first",
    ADMIN_CHALLENGE,
  ),
  403: errorResponse(
    "forbidden",
    changesState
      ? "The admin is closed (`PORTICO_ADMIN_TOKEN` unset), the `Origin` is another site's, or a change made with the session cookie came without the portal's `Origin`"
      : "The admin is closed: `PORTICO_ADMIN_TOKEN` is unset",
    "The admin is closed: set PORTICO_ADMIN_TOKEN and restart the portal",
  ),
});

/**
 * Portico's own JSON APIs, beside the products': sandbox keys, reader feedback and the writers'
 * admin. Each is described once here; `/openapi/portico.json`, the feedback app's 405 and its
 * tests' response check all read this list. Paths are full paths on the portal's origin.
 */
export const porticoOperations: OperationSpec[] = [
  (() => {
    const { server, ...keys } = provisionOperation();
    return { ...keys, path: `${server ?? ""}${keys.path}` };
  })(),
  {
    operationId: "createFeedback",
    method: "post",
    path: "/api/feedback",
    summary: "Send feedback on a docs page",
    description:
      "Stores a reader's verdict on a page that exists, with an optional comment. JSON gets a receipt (201); the same fields posted as a plain HTML form get a 303 back to the page's `#feedback-sent` confirmation, and a refused form an HTML page with the reasons and the form refilled. A filled `website` (a honeypot) is answered as if stored and not stored. Limited to 10 a minute per client; a foreign `Origin` is refused.",
    tag: "Feedback",
    authenticated: false,
    limit: "Too much feedback from this client (10 a minute), or from all clients together",
    requestBody: {
      schema: FeedbackCreateRequest,
      example: {
        pagePath: item.pagePath,
        helpful: false,
        comment: "Which casing do query parameters use?",
        category: "unclear",
        anchor: "field-naming",
      },
    },
    formBody: {
      schema: FeedbackForm,
      example: { pagePath: item.pagePath, helpful: "no", comment: "Which casing do query parameters use?" },
      refusedAsHtml: true,
    },
    responses: {
      201: {
        description: "Stored (or a honeypot silently dropped)",
        schema: FeedbackReceipt,
        example: { data: { id: item.id, status: "new", createdAt: EXAMPLE_TIME }, meta },
      },
      303: {
        description: "A form post was stored: back to the page's confirmation",
        headers: location("The page, at its `#feedback-sent` anchor", `${item.pagePath}#feedback-sent`),
      },
      403: errorResponse("forbidden", "The `Origin` is another site's", crossSite),
    },
  },
  {
    operationId: "createAdminSession",
    method: "post",
    path: "/api/admin/session",
    summary: "Sign in to the admin",
    description:
      "Trades the admin token for an http-only, SameSite=Strict session cookie. A session ends 8 hours after sign-in, after 30 minutes unused, or when the admin token changes. The admin's sign-in form (a form post) is always sent back to the admin with a 303: signed in, or with `?signin=failed`.",
    tag: "Admin",
    authenticated: false,
    idempotent: false,
    limit: "Too many sign-in attempts, right or wrong: 10 a minute from this client, or 60 from all clients together",
    requestBody: { schema: AdminSignIn, example: { token: "correct-horse-battery-staple" } },
    formBody: { schema: AdminSignIn, example: { token: "correct-horse-battery-staple" } },
    responses: {
      201: {
        description: "Signed in; the session cookie is set",
        schema: AdminSession,
        example: { data: { expiresAt: "2026-11-25T17:30:00.000Z" }, meta },
        headers: { "Set-Cookie": setCookie("The session cookie", sessionCookie, true) },
      },
      303: {
        description: "A form sign-in, back to the admin: with the session cookie set, or to `?signin=failed`",
        headers: {
          ...location("The admin, or its sign-in with `?signin=failed`", "/admin/feedback"),
          "Set-Cookie": setCookie("The session cookie, when the token was right", sessionCookie, false),
        },
      },
      401: errorResponse(
        "unauthorized",
        "The token does not open the admin",
        "That token does not open the admin",
        ADMIN_CHALLENGE,
      ),
      403: errorResponse(
        "forbidden",
        "The admin is closed (`PORTICO_ADMIN_TOKEN` unset), or the `Origin` is another site's",
        "The admin is closed: set PORTICO_ADMIN_TOKEN and restart the portal",
      ),
    },
  },
  {
    operationId: "deleteAdminSession",
    method: "post",
    path: "/api/admin/session/sign-out",
    summary: "Sign out of the admin",
    description: "Ends the session named by the cookie, if any, clears the cookie and goes back to the sign-in.",
    tag: "Admin",
    authenticated: false,
    idempotent: false,
    responses: {
      303: {
        description: "Signed out: back to the admin's sign-in",
        headers: {
          ...location("The admin's sign-in", "/admin/feedback"),
          "Set-Cookie": setCookie(
            "The session cookie, cleared",
            `${ADMIN_SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`,
            true,
          ),
        },
      },
      403: errorResponse("forbidden", "The `Origin` is another site's", crossSite),
    },
  },
  {
    operationId: "listFeedback",
    method: "get",
    path: "/api/admin/feedback",
    summary: "List feedback",
    description:
      "Newest first, filtered; walk the pages by passing `meta.pagination.cursor` back as `cursor` until `hasMore` is false (a cursor belongs to its filters).",
    tag: "Admin",
    authenticated: false,
    security: admin,
    query: FeedbackListQuery,
    responses: {
      200: {
        description: "A page of feedback",
        schema: FeedbackListResponse,
        example: { data: [item], meta: { pagination: { cursor: EXAMPLE_CURSOR, hasMore: true, limit: 25 } } },
      },
      ...adminErrors(false),
    },
  },
  {
    operationId: "exportFeedback",
    method: "get",
    path: "/api/admin/feedback/export",
    summary: "Export feedback as CSV",
    description:
      "Every item matching the list's filters, oldest first, as RFC 4180 CSV; cells a spreadsheet would run as formulas are prefixed with `'`." +
      " That is, as in every CSV Portico sends, one `'` goes wherever a spreadsheet may start a cell (a value's start, or right after a `,`, `;`, tab or line break inside it) and `=`, `+`, `-`, `@`, tab or carriage return follows, possibly behind `'` or `\"` characters; numbers are not exempt.",
    tag: "Admin",
    authenticated: false,
    security: admin,
    query: FeedbackExportQuery,
    responses: {
      200: {
        description: "The CSV download",
        contentType: "text/csv",
        schema: { type: "string" },
        example: `id,createdAt,pagePath,product,pageVersion,anchor,helpful,category,comment,email,status,note,updatedAt,channel\r\n${item.id},${EXAMPLE_TIME},${item.pagePath},${product},${item.pageVersion},${item.anchor},false,unclear,Which casing do query parameters use?,,new,,${EXAMPLE_TIME},form\r\n`,
        headers: {
          "Content-Disposition": {
            description: "An attachment named for the day of the export",
            schema: { type: "string" },
            example: 'attachment; filename="portico-feedback-2026-11-25.csv"',
            required: true,
          },
        },
      },
      ...adminErrors(false),
    },
  },
  {
    operationId: "getFeedbackStats",
    method: "get",
    path: "/api/admin/feedback/stats",
    summary: "Helpful and not helpful per page and day",
    description:
      "Pages ranked by how many readers said no, each with its counts per UTC day, oldest first; counts only the feedback matching the list's filters.",
    tag: "Admin",
    authenticated: false,
    security: admin,
    query: FeedbackExportQuery,
    responses: {
      200: {
        description: "The counts",
        schema: FeedbackStatsResponse,
        example: {
          data: [{ pagePath: item.pagePath, yes: 3, no: 5, days: [[EXAMPLE_TIME.slice(0, 10), 3, 5]] }],
          meta,
        },
      },
      ...adminErrors(false),
    },
  },
  {
    operationId: "getFeedback",
    method: "get",
    path: "/api/admin/feedback/{id}",
    summary: "Get one feedback item",
    description: "One item with its status and the writers' note.",
    tag: "Admin",
    authenticated: false,
    security: admin,
    pathParams: FeedbackPath,
    responses: {
      200: { description: "The item", schema: FeedbackResponse, example: { data: item, meta } },
      ...adminErrors(false),
    },
  },
  {
    operationId: "updateFeedback",
    method: "patch",
    path: "/api/admin/feedback/{id}",
    summary: "Change an item's status",
    description:
      "Sets the status and replaces the note (left out, it is cleared). With the session cookie the request must carry the portal's `Origin`; with the token it may omit it.",
    tag: "Admin",
    authenticated: false,
    idempotent: false,
    security: admin,
    pathParams: FeedbackPath,
    requestBody: { schema: FeedbackStatusChange, example: { status: "resolved", note: "Added the casing rule." } },
    responses: {
      200: {
        description: "The updated item",
        schema: FeedbackResponse,
        example: { data: { ...item, status: "resolved", note: "Added the casing rule." }, meta },
      },
      ...adminErrors(true),
    },
  },
  {
    operationId: "updateFeedbackForm",
    method: "post",
    path: "/api/admin/feedback/{id}",
    summary: "Change an item's status from the admin's form",
    description:
      "The admin's HTML form makes the same change as `PATCH` and is sent back to the item with `?saved=1`. Refusals are the error envelope.",
    tag: "Admin",
    authenticated: false,
    idempotent: false,
    security: admin,
    pathParams: FeedbackPath,
    formBody: { schema: FeedbackStatusChange, example: { status: "triaged", note: "Checking with the team." } },
    responses: {
      303: {
        description: "Changed: back to the item",
        headers: location("The item's admin page", `/admin/feedback/${item.id}?saved=1`),
      },
      ...adminErrors(true),
    },
  },
  {
    operationId: "getHealth",
    method: "get",
    path: "/healthz",
    summary: "Is the process up",
    description:
      "Liveness: answered while the portal's process serves requests. It does not touch the database; `/readyz` does.",
    tag: "Health",
    authenticated: false,
    probe: true,
    responses: {
      200: { description: "The process is up", schema: HealthStatus, example: { status: "ok" } },
    },
  },
  {
    operationId: "getReadiness",
    method: "get",
    path: "/readyz",
    summary: "Can the portal serve",
    description:
      "Readiness: 200 while the database answers a query, else 503 with `Retry-After`, as every API request gets then. Take the instance out of rotation while it is 503.",
    tag: "Health",
    authenticated: false,
    probe: true,
    responses: {
      200: { description: "The database answers", schema: ReadyStatus, example: { status: "ready" } },
      503: errorResponse(
        "service_unavailable",
        "The database is not answering: retry after `Retry-After` seconds",
        "The database is not answering; nothing was changed",
        {
          "Retry-After": {
            description: "Seconds to wait before retrying",
            schema: { type: "integer", minimum: 1 },
            required: true,
          },
        },
      ),
    },
  },
];
