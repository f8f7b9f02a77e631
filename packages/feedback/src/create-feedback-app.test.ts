import { ErrorEnvelope } from "@portico/schemas/common";
import { Feedback, FeedbackReceipt } from "@portico/schemas/feedback";
import { createTestStore, type Engine, postgresUnavailable } from "@portico/store/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedbackApp } from "./create-feedback-app.ts";

const ORIGIN = "http://portal.test";
const TOKEN = "correct-horse-battery-staple";
/** The app's one clock: every timestamp it writes and every date a test expects come from here. */
const NOW = new Date("2026-03-14T09:26:53.589Z");
const TODAY = "2026-03-14";
const PAGES: Record<string, { product: string; version: string }> = {
  "/throttle/conventions": { product: "throttle", version: "abc123" },
  "/pqc/conventions": { product: "pqc", version: "def456" },
};

async function setup(engine: Engine = "sqlite", extra: Partial<Parameters<typeof createFeedbackApp>[0]> = {}) {
  const store = await createTestStore(engine);
  const app = createFeedbackApp({
    store,
    adminToken: TOKEN,
    findPage: async (path) => PAGES[path],
    now: () => NOW,
    ...extra,
  });
  async function call(
    method: string,
    path: string,
    init: { body?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
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
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
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
});
