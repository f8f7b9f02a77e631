import { ErrorEnvelope } from "@portico/schemas/common";
import { expectDocumented, findOperation, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { Feedback, FeedbackReceipt } from "@portico/schemas/feedback";
import { buildPorticoDocument } from "@portico/schemas/openapi";
import { createTestStore, type Engine, failingDb, postgresUnavailable } from "@portico/store/testing";
import { StoreUnavailableError } from "@portico/store/unavailable";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFeedbackApp } from "./create-feedback-app.ts";
import { harnessCounts } from "./harness-counts.ts";

const ORIGIN = "http://portal.test";
const TOKEN = "correct-horse-battery-staple";
/** The app's one clock: every timestamp it writes and every date a test expects come from here. */
const NOW = new Date("2026-03-14T09:26:53.589Z");
const TODAY = "2026-03-14";
const PAGES: Record<string, { product: string; version: string }> = {
  "/throttle/conventions": { product: "throttle", version: "abc123" },
  "/pqc/conventions": { product: "pqc", version: "def456" },
};

/** Portico's document as the portal serves it: every answer a test gets is checked against it. */
const DOCUMENT: OpenApiDocument = JSON.parse(JSON.stringify(buildPorticoDocument()));
/** `<operationId> <status>[ <code>]` of every answer checked, for the test that every documented one was met. */
const met = new Set<string>();

interface CallInit {
  body?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Why this answer cannot be in the document (an unknown path); every other answer is checked against it. */
  offDocument?: string;
}

async function setup(engine: Engine = "sqlite", extra: Partial<Parameters<typeof createFeedbackApp>[0]> = {}) {
  const store = await createTestStore(engine);
  const app = createFeedbackApp({
    store,
    adminToken: TOKEN,
    findPage: async (path) => PAGES[path],
    now: () => NOW,
    ...extra,
  });
  async function call(method: string, path: string, init: CallInit = {}) {
    const headers: Record<string, string> = { ...init.headers };
    let body: BodyInit | undefined;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else if (init.body !== undefined) {
      body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await app.request(`${ORIGIN}/api${path}`, { method, headers, body, redirect: "manual" });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back and assert on it.
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (init.offDocument === undefined) {
      expectDocumented(DOCUMENT, method, `/api${path}`, response.status, response.headers, text);
      harnessCounts.validated += 1;
      const operation = findOperation(DOCUMENT, method, `/api${path}`)?.operation.operationId;
      const code = response.status === 400 && typeof json?.error?.code === "string" ? ` ${json.error.code}` : "";
      met.add(`${operation} ${response.status}${code}`);
    } else {
      // Off every document on purpose, for the reason given; still the error envelope with a request id.
      expect(
        [response.status >= 400, ErrorEnvelope.safeParse(json).success, response.headers.has("x-request-id")],
        init.offDocument,
      ).toEqual([true, true, true]);
      harnessCounts.undocumented += 1;
    }
    return { status: response.status, headers: response.headers, text, json };
  }
  const admin = { authorization: `Bearer ${TOKEN}` };
  return { store, app, call, admin };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const good = {
  pagePath: "/throttle/conventions",
  helpful: false,
  comment: "The cart example lacks a customer.",
  category: "missing_information",
  anchor: "field-naming-camelcase-single-shape",
};

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`POST /api/feedback on ${engine}`, () => {
    let t: Setup;
    beforeAll(async () => {
      t = await setup(engine);
    });
    afterAll(() => t.store.close());

    it("refuses a NUL character in a comment or a note with a 400 naming the field, stored nowhere", async () => {
      const before = await t.store.db.selectFrom("feedback").select("id").execute();
      const comment = await t.call("POST", "/feedback", { body: { ...good, comment: "before\u0000after" } });
      expect([comment.status, comment.json.error.code, comment.json.error.details[0].field]).toEqual([
        400,
        "validation_error",
        "comment",
      ]);
      const form = await t.call("POST", "/feedback", {
        form: { pagePath: "/pqc/conventions", helpful: "no", comment: "a\u0000b" },
      });
      expect(form.status).toBe(400);
      expect(await t.store.db.selectFrom("feedback").select("id").execute()).toEqual(before);

      const stored = await t.call("POST", "/feedback", { body: good });
      const note = await t.call("PATCH", `/admin/feedback/${stored.json.data.id}`, {
        body: { status: "triaged", note: "\u0000" },
        headers: t.admin,
      });
      expect([note.status, note.json.error.code, note.json.error.details[0].field]).toEqual([
        400,
        "validation_error",
        "note",
      ]);
    });

    it("refuses a lone surrogate in a body, a query value or a path segment with a 400 naming it, stored nowhere", async () => {
      const before = await t.store.db.selectFrom("feedback").select("id").execute();
      const client = { "x-forwarded-for": "192.0.2.44" };
      const comment = await t.call("POST", "/feedback", {
        body: { ...good, comment: "half \ud800 a pair" },
        headers: client,
      });
      expect([comment.status, comment.json.error.code]).toEqual([400, "validation_error"]);
      expect(comment.json.error.details).toContainEqual(expect.objectContaining({ field: "comment" }));
      expect(await t.store.db.selectFrom("feedback").select("id").execute()).toEqual(before);

      const stored = await t.call("POST", "/feedback", { body: good, headers: client });
      const note = await t.call("PATCH", `/admin/feedback/${stored.json.data.id}`, {
        body: { status: "triaged", note: "\udfff" },
        headers: t.admin,
      });
      expect([note.status, note.json.error.details[0].field]).toEqual([400, "note"]);
      const list = await t.call("GET", "/admin/feedback?pagePath=%2F%ED%A0%80", { headers: t.admin });
      expect([list.status, list.json.error.message, list.json.error.details[0].field]).toEqual([
        400,
        "Query parameter validation failed",
        "pagePath",
      ]);
      const path = await t.call("GET", "/admin/feedback/%ED%A0%80", { headers: t.admin });
      expect([path.status, path.json.error.message]).toEqual([400, "Path parameter validation failed"]);
      expect(path.json.error.details).toContainEqual(expect.objectContaining({ field: "id", code: "invalid_format" }));
    });

    it("replays a form post sent again with its Idempotency-Key, and refuses another form under it", async () => {
      const headers = { "idempotency-key": `form-retry-${engine}`, "x-forwarded-for": `198.51.100.${engine.length}` };
      const form = { pagePath: "/pqc/conventions", helpful: "no", comment: `retried form on ${engine}` };
      const count = async () =>
        (await t.store.db.selectFrom("feedback").select("id").where("comment", "=", form.comment).execute()).length;
      const first = await t.call("POST", "/feedback", { form, headers });
      expect([first.status, first.headers.get("location")]).toEqual([303, "/pqc/conventions#feedback-sent"]);
      const again = await t.call("POST", "/feedback", { form, headers });
      expect([again.status, again.headers.get("location"), again.headers.get("idempotent-replayed")]).toEqual([
        303,
        "/pqc/conventions#feedback-sent",
        "true",
      ]);
      expect(await count()).toBe(1);
      const other = await t.call("POST", "/feedback", { form: { ...form, helpful: "yes" }, headers });
      expect([other.status, other.headers.get("content-type")]).toEqual([422, "text/html; charset=UTF-8"]);
      expect(other.text).toContain("This Idempotency-Key was used with a different request");
      expect(await count()).toBe(1);
    });

    it("stores a submission with its page, product, version, section and time", async () => {
      const r = await t.call("POST", "/feedback", {
        body: { ...good, email: "reader@example.com" },
        headers: { "x-request-id": "fb-1" },
      });
      expect(r.status).toBe(201);
      expect(FeedbackReceipt.parse(r.json).meta.requestId).toBe("fb-1");
      expect(r.json.data.createdAt).toBe(NOW.toISOString());
      expect(r.headers.get("x-request-id")).toBe("fb-1");
      const stored = await t.call("GET", `/admin/feedback/${r.json.data.id}`, { headers: t.admin });
      expect(Feedback.parse(stored.json.data)).toMatchObject({
        pagePath: "/throttle/conventions",
        product: "throttle",
        pageVersion: "abc123",
        anchor: "field-naming-camelcase-single-shape",
        category: "missing_information",
        helpful: false,
        comment: good.comment,
        email: "reader@example.com",
        status: "new",
        channel: "form",
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
    });

    it("marks feedback the portal passes in process with channel mcp as sent through MCP", async () => {
      const request = new Request(`${ORIGIN}/api/feedback`, {
        method: "POST",
        // A client of its own, so this submission spends none of the other tests' allowance.
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.15" },
        body: JSON.stringify({ ...good, comment: "Sent by an assistant" }),
      });
      const response = await t.app.fetch(request, { channel: "mcp" });
      expect(response.status).toBe(201);
      const { id } = FeedbackReceipt.parse(await response.json()).data;
      const stored = await t.call("GET", `/admin/feedback/${id}`, { headers: t.admin });
      expect(Feedback.parse(stored.json.data)).toMatchObject({ comment: "Sent by an assistant", channel: "mcp" });
    });

    it("rejects unknown keys with the canonical field suggested, and a page that does not exist", async () => {
      const r = await t.call("POST", "/feedback", { body: { ...good, page_path: "/x" } });
      expect(r.status).toBe(400);
      expect(r.json.error.details).toContainEqual(
        expect.objectContaining({ received: ["page_path"], suggestion: "pagePath" }),
      );
      const missing = await t.call("POST", "/feedback", { body: { ...good, pagePath: "/nope/page" } });
      expect([missing.status, missing.json.error.details[0].field]).toEqual([400, "pagePath"]);
      const long = await t.call("POST", "/feedback", { body: { ...good, comment: "x".repeat(2001) } });
      expect(long.status).toBe(400);
    });

    it("honours Idempotency-Key", async () => {
      const headers = { "idempotency-key": "fb-retry-1" };
      const first = await t.call("POST", "/feedback", { body: good, headers });
      const again = await t.call("POST", "/feedback", { body: good, headers });
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.json.data.id).toBe(first.json.data.id);
      expect((await t.call("POST", "/feedback", { body: { ...good, helpful: true }, headers })).status).toBe(422);
    });

    it("never stores the client's address in clear", async () => {
      await t.call("POST", "/feedback", { body: good, headers: { "x-forwarded-for": "198.51.100.77" } });
      const rows = await t.store.db.selectFrom("feedback").selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain("198.51.100.77");
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.clientHash))).toBe(true);
    });
  });
}

describe("abuse", () => {
  let t: Setup;
  beforeAll(async () => {
    t = await setup("sqlite", { rateLimit: { points: 3, duration: 60 } });
  });
  afterAll(() => t.store.close());
  const count = async () => (await t.store.db.selectFrom("feedback").select("id").execute()).length;

  it("answers hundreds of unknown fields with the first 50 details and a count of the rest", async () => {
    const unknown = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`extra${i}`, i]));
    const r = await t.call("POST", "/feedback", { body: { ...good, ...unknown }, headers: { "x-forwarded-for": "b" } });
    expect([r.status, r.json.error.code, r.json.error.details.length, r.json.error.omittedDetails]).toEqual([
      400,
      "validation_error",
      50,
      250,
    ]);
    expect(await count()).toBe(0);
  });

  it("refuses a body over 8 KiB with 413", async () => {
    const r = await t.call("POST", "/feedback", {
      body: { ...good, comment: "x".repeat(9000) },
      headers: { "x-forwarded-for": "a" },
    });
    expect([r.status, r.json.error.code]).toEqual([413, "payload_too_large"]);
  });

  it("limits submissions per client with 429 and Retry-After", async () => {
    const headers = { "x-forwarded-for": "203.0.113.5" };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await t.call("POST", "/feedback", { body: good, headers }));
    expect(statuses.map((s) => s.status)).toEqual([201, 201, 201, 429]);
    expect(Number(statuses[3]?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      (await t.call("POST", "/feedback", { body: good, headers: { "x-forwarded-for": "203.0.113.6" } })).status,
    ).toBe(201);
  });

  it("accepts and drops a filled honeypot", async () => {
    const before = await count();
    const r = await t.call("POST", "/feedback", {
      body: { ...good, website: "http://spam.example" },
      headers: { "x-forwarded-for": "b" },
    });
    expect(r.status).toBe(201);
    expect(await count()).toBe(before);
  });

  it("refuses a cross-site Origin with 403", async () => {
    const r = await t.call("POST", "/feedback", {
      body: good,
      headers: { origin: "https://evil.example", "x-forwarded-for": "c" },
    });
    expect([r.status, r.json.error.code]).toEqual([403, "forbidden"]);
    expect(
      (await t.call("POST", "/feedback", { body: good, headers: { origin: ORIGIN, "x-forwarded-for": "c" } })).status,
    ).toBe(201);
  });

  it("answers a malformed multipart body with a 400 page, not a 500", async () => {
    const r = await t.call("POST", "/feedback", {
      body: "garbage",
      headers: { "content-type": "multipart/form-data; boundary=x", "x-forwarded-for": "mp" },
    });
    expect(r.status).toBe(400);
    expect(r.text).toContain("Your feedback was not sent");
  });

  it("answers malformed input with the envelope", async () => {
    for (const body of ["{", "[]", "null", '"text"']) {
      const r = await t.call("POST", "/feedback", { body, headers: { "x-forwarded-for": `m${body}` } });
      expect(r.status, body).toBe(400);
      expect(ErrorEnvelope.safeParse(r.json).success).toBe(true);
    }
  });
});

describe("the same form without JavaScript", () => {
  let t: Setup;
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.store.close());

  it("stores a plain form post and sends the reader back to the page's confirmation", async () => {
    const r = await t.call("POST", "/feedback", {
      form: { pagePath: "/pqc/conventions", helpful: "yes", comment: "", category: "", email: "" },
    });
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/pqc/conventions#feedback-sent");
    const rows = await t.store.db
      .selectFrom("feedback")
      .selectAll()
      .where("pagePath", "=", "/pqc/conventions")
      .execute();
    expect(rows.map((row) => [row.helpful, row.comment, row.category])).toEqual([[1, null, null]]);
  });

  it("answers a refused form with a page that keeps what the reader typed, as text", async () => {
    const comment = '<script>alert("x")</script> and "quotes"';
    const r = await t.call("POST", "/feedback", {
      form: { pagePath: "/pqc/conventions", comment, email: "not-an-email" },
    });
    expect(r.status).toBe(400);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(r.text).toContain("Your feedback was not sent");
    expect(r.text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(r.text).not.toContain("<script>alert");
    expect(r.text).toMatch(/helpful: /);
    expect(r.text).toContain('value="not-an-email"');
  });

  it("keeps Retry-After on the page a rate-limited form post gets", async () => {
    const limited = await setup("sqlite", { rateLimit: { points: 1, duration: 60 } });
    const form = { pagePath: "/pqc/conventions", helpful: "yes" };
    expect((await limited.call("POST", "/feedback", { form })).status).toBe(303);
    const r = await limited.call("POST", "/feedback", { form });
    expect([r.status, r.headers.get("content-type")]).toEqual([429, "text/html; charset=UTF-8"]);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(r.text).toContain("Too much feedback from this client");
    await limited.store.close();
  });

  it("never turns a posted pagePath into a javascript: link", async () => {
    const r = await t.call("POST", "/feedback", { form: { pagePath: "javascript:alert(1)", helpful: "yes" } });
    expect(r.status).toBe(400);
    expect(r.text).not.toContain("javascript:");
    expect(r.text).toContain('<a href="/">Back to the page</a>');
  });
});

describe("admin", () => {
  let t: Setup;
  beforeAll(async () => {
    t = await setup();
    for (const [i, item] of [
      { ...good, comment: '=HYPERLINK("http://evil")' },
      { ...good, pagePath: "/pqc/conventions", helpful: true, comment: 'Line one,\nline "two"' },
      { ...good, helpful: false, category: "incorrect" },
    ].entries()) {
      await t.call("POST", "/feedback", { body: item, headers: { "x-forwarded-for": `admin-${i}` } });
    }
  });
  afterAll(() => t.store.close());

  it("stays closed without PORTICO_ADMIN_TOKEN and refuses anyone without a session", async () => {
    const closed = await setup("sqlite", { adminToken: undefined });
    const r = await closed.call("GET", "/admin/feedback", { headers: t.admin });
    expect(r.status).toBe(403);
    expect(r.json.error.message).toMatch(/PORTICO_ADMIN_TOKEN/);
    await closed.store.close();
    expect((await t.call("GET", "/admin/feedback")).status).toBe(401);
    expect((await t.call("GET", "/admin/feedback", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
  });

  it("signs in with the token into an http-only, SameSite=Strict, expiring session", async () => {
    expect((await t.call("POST", "/admin/session", { body: { token: "wrong" } })).status).toBe(401);
    const r = await t.call("POST", "/admin/session", { body: { token: TOKEN } });
    expect(r.status).toBe(201);
    const cookie = r.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^portico_admin=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=28800/);
    const session = cookie.split(";")[0] ?? "";
    expect((await t.call("GET", "/admin/feedback", { headers: { cookie: session } })).status).toBe(200);
    const stored = await t.store.db.selectFrom("adminSessions").select("id").execute();
    expect(JSON.stringify(stored)).not.toContain(session.split("=")[1]);

    const patch = { status: "triaged" };
    const anyId = (await t.call("GET", "/admin/feedback", { headers: t.admin })).json.data[0].id;
    const noOrigin = await t.call("PATCH", `/admin/feedback/${anyId}`, { body: patch, headers: { cookie: session } });
    expect(noOrigin.status).toBe(403);
    const crossSite = await t.call("PATCH", `/admin/feedback/${anyId}`, {
      body: patch,
      headers: { cookie: session, origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await t.call("PATCH", `/admin/feedback/${anyId}`, {
      body: patch,
      headers: { cookie: session, origin: ORIGIN },
    });
    expect(sameSite.status).toBe(200);
  });

  it("lists newest first with filters and cursor pagination", async () => {
    const all = await t.call("GET", "/admin/feedback?limit=2", { headers: t.admin });
    expect(all.json.data).toHaveLength(2);
    expect(all.json.meta.pagination.hasMore).toBe(true);
    const next = await t.call(
      "GET",
      `/admin/feedback?limit=2&cursor=${encodeURIComponent(all.json.meta.pagination.cursor)}`,
      { headers: t.admin },
    );
    expect(next.json.data).toHaveLength(1);
    expect(next.json.meta.pagination).toEqual({ cursor: null, hasMore: false, limit: 2 });
    const ids = [...all.json.data, ...next.json.data].map((f: { id: string }) => f.id);
    expect(ids).toEqual([...ids].sort().reverse());

    const filtered = await t.call("GET", "/admin/feedback?product=pqc&helpful=true", { headers: t.admin });
    expect(filtered.json.data.map((f: { pagePath: string }) => f.pagePath)).toEqual(["/pqc/conventions"]);
    expect((await t.call("GET", "/admin/feedback?category=incorrect", { headers: t.admin })).json.data).toHaveLength(1);
    expect(
      (await t.call("GET", `/admin/feedback?from=${TODAY}&to=${TODAY}`, { headers: t.admin })).json.data,
    ).toHaveLength(3);
    expect(
      (await t.call("GET", "/admin/feedback?from=2000-01-01&to=2000-01-02", { headers: t.admin })).json.data,
    ).toHaveLength(0);
    expect((await t.call("GET", "/admin/feedback?status=bogus", { headers: t.admin })).status).toBe(400);
  });

  it("moves an item through its statuses with a note", async () => {
    const id = (await t.call("GET", "/admin/feedback?category=incorrect", { headers: t.admin })).json.data[0].id;
    const r = await t.call("PATCH", `/admin/feedback/${id}`, {
      body: { status: "resolved", note: "Fixed the example." },
      headers: t.admin,
    });
    expect(r.json.data).toMatchObject({ status: "resolved", note: "Fixed the example." });
    expect(
      (await t.call("PATCH", `/admin/feedback/${id}`, { body: { status: "done" }, headers: t.admin })).status,
    ).toBe(400);
    expect(
      (
        await t.call("PATCH", "/admin/feedback/0190a5d0-0000-7000-8000-000000000000", {
          body: { status: "resolved" },
          headers: t.admin,
        })
      ).status,
    ).toBe(404);
  });

  it("exports RFC 4180 CSV with formulas neutralised", async () => {
    const r = await t.call("GET", "/admin/feedback/export", { headers: t.admin });
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe(`attachment; filename="portico-feedback-${TODAY}.csv"`);
    expect(r.text).toContain("\r\n");
    const rows: Record<string, string>[] = parse(r.text, { columns: true });
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.comment)).toEqual(
      expect.arrayContaining(['\'=HYPERLINK("http://evil")', 'Line one,\nline "two"']),
    );
  });

  it("counts helpful and not helpful per page and day, pages ranked by no", async () => {
    const r = await t.call("GET", "/admin/feedback/stats", { headers: t.admin });
    expect(r.json.data[0]).toMatchObject({ pagePath: "/throttle/conventions", yes: 0, no: 2 });
    expect(r.json.data[1]).toMatchObject({ pagePath: "/pqc/conventions", yes: 1, no: 0 });
    expect(r.json.data[0].days).toEqual([[TODAY, 0, 2]]);
  });

  it("counts only what the list's filters match, and refuses a filter the list refuses", async () => {
    const r = await t.call("GET", "/admin/feedback/stats?helpful=true", { headers: t.admin });
    expect(r.json.data).toEqual([{ pagePath: "/pqc/conventions", yes: 1, no: 0, days: [[TODAY, 1, 0]] }]);
    const refused = await t.call("GET", "/admin/feedback/stats?status=closed", { headers: t.admin });
    expect(refused.status).toBe(400);
  });
});

describe("the feedback export with hostile text", () => {
  it("neutralises a formula at the start of a comment or note and after every separator in it", async () => {
    const t = await setup();
    const comment = "Fine;=1+1\n-2+3+cmd|' /C calc'!A0,@SUM(A1)";
    const note = "'=already quoted;\t+1";
    const posted = await t.call("POST", "/feedback", { body: { ...good, comment } });
    expect(posted.status).toBe(201);
    const patched = await t.call("PATCH", `/admin/feedback/${posted.json.data.id}`, {
      body: { status: "triaged", note },
      headers: t.admin,
    });
    expect(patched.status).toBe(200);

    const r = await t.call("GET", "/admin/feedback/export", { headers: t.admin });
    expect(r.status).toBe(200);
    const [row] = parse(r.text, { columns: true }) as Record<string, string>[];
    expect(row?.comment).toBe("Fine;'=1+1\n'-2+3+cmd|' /C calc'!A0,'@SUM(A1)");
    expect(row?.note).toBe("''=already quoted;'\t'+1");
    // However a spreadsheet splits the file (comma, semicolon, tab, line break), no cell starts a formula.
    for (const fragment of r.text.split(/[,;\t\r\n]/)) expect(fragment.replace(/^"+/, "")).not.toMatch(/^[=+\-@]/);
    await t.store.close();
  });
});

describe("every documented refusal", () => {
  let t: Setup;
  let closed: Setup;
  let id: string;
  beforeAll(async () => {
    t = await setup();
    closed = await setup("sqlite", { adminToken: undefined });
    id = (await t.call("POST", "/feedback", { body: good, headers: { "x-forwarded-for": "refusals" } })).json.data.id;
  });
  afterAll(async () => {
    await t.store.close();
    await closed.store.close();
  });
  const unknownId = "0190a5d0-0000-7000-8000-000000000000";
  /** Every admin operation with a request it would accept. */
  const adminCalls = (): [string, string, Parameters<Setup["call"]>[2]][] => [
    ["GET", "/admin/feedback", {}],
    ["GET", "/admin/feedback/export", {}],
    ["GET", "/admin/feedback/stats", {}],
    ["GET", `/admin/feedback/${id}`, {}],
    ["PATCH", `/admin/feedback/${id}`, { body: { status: "triaged" } }],
    ["POST", `/admin/feedback/${id}`, { form: { status: "triaged" } }],
  ];

  it("refuses feedback without a page, without a verdict, with a bad Idempotency-Key or as text", async () => {
    const headers = { "x-forwarded-for": "refused-feedback" };
    const { pagePath: _page, ...noPage } = good;
    const { helpful: _helpful, ...noVerdict } = good;
    const codes = [
      await t.call("POST", "/feedback", { body: noPage, headers }),
      await t.call("POST", "/feedback", { body: noVerdict, headers }),
      await t.call("POST", "/feedback", { body: good, headers: { ...headers, "idempotency-key": "k".repeat(256) } }),
    ].map((r) => [r.status, r.json.error.code]);
    expect(codes).toEqual([
      [400, "missing_page_path"],
      [400, "missing_helpful"],
      [400, "idempotency_key_invalid"],
    ]);
    const text = await t.call("POST", "/feedback", {
      body: "helpful",
      headers: { ...headers, "content-type": "text/plain" },
    });
    expect([text.status, text.json.error.code]).toEqual([415, "unsupported_media_type"]);
  });

  it("answers 409 with Retry-After while a request with the same Idempotency-Key is still running", async () => {
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await setup("sqlite", {
      findPage: async (path) => {
        entered();
        await gate;
        return PAGES[path];
      },
    });
    const headers = { "idempotency-key": "fb-slow", "x-forwarded-for": "slow" };
    const first = slow.call("POST", "/feedback", { body: good, headers });
    await inside;
    const second = await slow.call("POST", "/feedback", { body: good, headers });
    expect([second.status, second.json.error.code, second.headers.get("retry-after")]).toEqual([
      409,
      "idempotency_key_in_use",
      "1",
    ]);
    release();
    expect((await first).status).toBe(201);
    await slow.store.close();
  });

  it("signs a form in or back out with a 303, and refuses a malformed, oversized or foreign sign-in", async () => {
    const signedIn = await t.call("POST", "/admin/session", { form: { token: TOKEN } });
    expect([signedIn.status, signedIn.headers.get("location")]).toEqual([303, "/admin/feedback"]);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^portico_admin=/);
    const failed = await t.call("POST", "/admin/session", { form: { token: "wrong" } });
    expect([failed.status, failed.headers.get("location"), failed.headers.get("set-cookie")]).toEqual([
      303,
      "/admin/feedback?signin=failed",
      null,
    ]);
    const refusals = [
      await t.call("POST", "/admin/session", { body: {} }),
      await t.call("POST", "/admin/session", { body: { token: "" } }),
      await t.call("POST", "/admin/session", { body: "{" }),
      await t.call("POST", "/admin/session", { body: "token", headers: { "content-type": "text/plain" } }),
      await t.call("POST", "/admin/session", { body: { token: "x".repeat(20_000) } }),
      await t.call("POST", "/admin/session", { body: { token: TOKEN }, headers: { origin: "https://evil.example" } }),
      await closed.call("POST", "/admin/session", { body: { token: TOKEN } }),
    ].map((r) => [r.status, r.json.error.code]);
    expect(refusals).toEqual([
      [400, "missing_token"],
      [400, "validation_error"],
      [400, "invalid_json"],
      [415, "unsupported_media_type"],
      [413, "payload_too_large"],
      [403, "forbidden"],
      [403, "forbidden"],
    ]);

    const foreign = await t.call("POST", "/admin/session/sign-out", {
      headers: { cookie, origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const out = await t.call("POST", "/admin/session/sign-out", { headers: { cookie, origin: ORIGIN } });
    expect([out.status, out.headers.get("location")]).toEqual([303, "/admin/feedback"]);
    expect(out.headers.get("set-cookie")).toMatch(/^portico_admin=; Max-Age=0/);
    expect((await t.call("GET", "/admin/feedback", { headers: { cookie } })).status).toBe(401);
  });

  it("refuses every admin operation without credentials (with the Bearer challenge) and while closed", async () => {
    for (const [method, path, init] of adminCalls()) {
      const anonymous = await t.call(method, path, init);
      expect([anonymous.status, anonymous.headers.get("www-authenticate")], `${method} ${path}`).toEqual([
        401,
        'Bearer realm="portico-admin"',
      ]);
      const shut = await closed.call(method, path, { ...init, headers: t.admin });
      expect([shut.status, shut.json.error.code], `${method} ${path}`).toEqual([403, "forbidden"]);
    }
  });

  it("answers a malformed id 400 naming it, an unknown one 404", async () => {
    for (const [method, init] of [
      ["GET", {}],
      ["PATCH", { body: { status: "triaged" } }],
      ["POST", { form: { status: "triaged" } }],
    ] as const) {
      const malformed = await t.call(method, "/admin/feedback/not-an-id", { ...init, headers: t.admin });
      expect([malformed.status, malformed.json.error.message, malformed.json.error.details[0].field]).toEqual([
        400,
        "Path parameter validation failed",
        "id",
      ]);
      const unknown = await t.call(method, `/admin/feedback/${unknownId}`, { ...init, headers: t.admin });
      expect([unknown.status, unknown.json.error.code], method).toEqual([404, "not_found"]);
    }
  });

  it("refuses a malformed status change as JSON or as the admin's form, and saves a good form", async () => {
    const path = `/admin/feedback/${id}`;
    const refusals = [
      await t.call("PATCH", path, { body: "{", headers: t.admin }),
      await t.call("PATCH", path, { body: "status=triaged", headers: { ...t.admin, "content-type": "text/plain" } }),
      await t.call("PATCH", path, { body: { status: "triaged", note: "n".repeat(20_000) }, headers: t.admin }),
      await t.call("POST", path, { form: { status: "done" }, headers: t.admin }),
      await t.call("POST", path, { body: { status: "triaged" }, headers: t.admin }),
      await t.call("POST", path, { form: { status: "triaged", note: "n".repeat(20_000) }, headers: t.admin }),
      await t.call("PATCH", path, { body: { note: "no status" }, headers: t.admin }),
      await t.call("POST", path, { form: { note: "no status" }, headers: t.admin }),
    ].map((r) => [r.status, r.json.error.code]);
    expect(refusals).toEqual([
      [400, "invalid_json"],
      [415, "unsupported_media_type"],
      [413, "payload_too_large"],
      [400, "validation_error"],
      [415, "unsupported_media_type"],
      [413, "payload_too_large"],
      [400, "missing_status"],
      [400, "missing_status"],
    ]);
    const saved = await t.call("POST", path, { form: { status: "wont_fix", note: "" }, headers: t.admin });
    expect([saved.status, saved.headers.get("location")]).toEqual([303, `/admin/feedback/${id}?saved=1`]);
    expect((await t.call("GET", path, { headers: t.admin })).json.data).toMatchObject({
      status: "wont_fix",
      note: null,
    });
  });

  it("refuses a forged cursor and an export asked for a page", async () => {
    const forged = await t.call("GET", "/admin/feedback?cursor=eyJhZnRlciI6IngifQ.c2lnbmF0dXJl", { headers: t.admin });
    expect([forged.status, forged.json.error.code]).toEqual([400, "invalid_cursor"]);
    const paged = await t.call("GET", "/admin/feedback/export?limit=2", { headers: t.admin });
    expect([paged.status, paged.json.error.code, paged.json.error.message]).toEqual([
      400,
      "validation_error",
      "Query parameter validation failed",
    ]);
  });
});

/** Each operation of the feedback and admin APIs once, as a signed-in admin where it needs one. */
async function callEveryOperation(t: Setup) {
  const cookie = "portico_admin=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const id = "0190a5d0-0000-7000-8000-000000000000";
  return [
    await t.call("POST", "/feedback", { body: good }),
    await t.call("POST", "/admin/session", { body: { token: TOKEN } }),
    await t.call("POST", "/admin/session/sign-out", { headers: { cookie } }),
    await t.call("GET", "/admin/feedback", { headers: t.admin }),
    await t.call("GET", "/admin/feedback/export", { headers: t.admin }),
    await t.call("GET", "/admin/feedback/stats", { headers: t.admin }),
    await t.call("GET", `/admin/feedback/${id}`, { headers: t.admin }),
    await t.call("PATCH", `/admin/feedback/${id}`, { body: { status: "triaged" }, headers: t.admin }),
    await t.call("POST", `/admin/feedback/${id}`, { form: { status: "triaged" }, headers: t.admin }),
  ];
}

describe("a store that fails", () => {
  it("answers every operation 503 service_unavailable with Retry-After while the database is not answering", async () => {
    const t = await setup();
    t.store.db = failingDb(new StoreUnavailableError("the test's database is down"));
    const answers = await callEveryOperation(t);
    expect(answers.map((r) => [r.status, r.json?.error.code, r.headers.get("retry-after")])).toEqual(
      answers.map(() => [503, "service_unavailable", "5"]),
    );
  });

  it("limits sign-in attempts with a 429 and Retry-After", async () => {
    const t = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await t.call("POST", "/admin/session", { body: { token: "wrong-token" } })).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const refused = await t.call("POST", "/admin/session", { body: { token: TOKEN } });
    expect([refused.status, refused.json.error.code, Number(refused.headers.get("retry-after")) > 0]).toEqual([
      429,
      "rate_limited",
      true,
    ]);
  });

  it("answers every operation 500 internal_error, as the form's page for a form post", async () => {
    const t = await setup();
    await t.store.close();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const answers = await callEveryOperation(t);
      expect(answers.map((r) => [r.status, r.json?.error.code])).toEqual(answers.map(() => [500, "internal_error"]));
      const form = await t.call("POST", "/feedback", { form: { pagePath: "/pqc/conventions", helpful: "yes" } });
      expect([form.status, form.headers.get("content-type")]).toEqual([500, "text/html; charset=UTF-8"]);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

describe("the route table", () => {
  let t: Setup;
  beforeAll(async () => {
    t = await setup();
  });
  afterAll(() => t.store.close());
  const offDocument = "OpenAPI cannot declare a response for a method the path does not define";

  it("answers a method a known path does not take with 405, Allow and the request id, before authentication", async () => {
    for (const [method, path, allow] of [
      ["GET", "/feedback", "POST"],
      ["DELETE", "/admin/feedback/0190a5d0-0000-7000-8000-000000000000", "GET, HEAD, PATCH, POST"],
      ["PUT", "/admin/feedback", "GET, HEAD"],
      ["GET", "/admin/session/sign-out", "POST"],
    ] as const) {
      const r = await t.call(method, path, { headers: { "x-request-id": "wrong-method" }, offDocument });
      expect([r.status, r.headers.get("allow"), r.headers.get("x-request-id")], `${method} ${path}`).toEqual([
        405,
        allow,
        "wrong-method",
      ]);
      expect(ErrorEnvelope.parse(r.json).error.code).toBe("method_not_allowed");
    }
  });

  it("keeps 404 for a path no route knows", async () => {
    const r = await t.call("GET", "/nowhere", { offDocument: "an unknown path: no document can list it" });
    expect([r.status, r.json.error.code, r.headers.get("x-request-id")]).toEqual([
      404,
      "not_found",
      expect.any(String),
    ]);
  });
});

describe("the Portico OpenAPI document", () => {
  /**
   * Served elsewhere: the keys API by the sandbox app, whose tests check it against every product's
   * document (the same operation); the health probes by the portal's routes, checked by the
   * browser suite's store-recovery spec.
   */
  const elsewhere = ["createSandboxKey", "getHealth", "getReadiness"];

  it("lists only answers these tests met: every status, and every 400 code", () => {
    const documented: string[] = [];
    for (const item of Object.values(DOCUMENT.paths ?? {})) {
      for (const operation of Object.values(item)) {
        if (elsewhere.includes(operation.operationId ?? "")) continue;
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (status !== "400") documented.push(`${operation.operationId} ${status}`);
          const schema = JSON.stringify(response.content?.["application/json"]?.schema ?? {});
          for (const list of status === "400" ? (schema.match(/"enum":\[[^\]]*\]/g) ?? []) : []) {
            for (const code of JSON.parse(list.slice('"enum":'.length)) as string[]) {
              documented.push(`${operation.operationId} 400 ${code}`);
            }
          }
        }
      }
    }
    expect(documented.length).toBeGreaterThan(50);
    expect(documented.filter((answer) => !met.has(answer))).toEqual([]);
  });
});
