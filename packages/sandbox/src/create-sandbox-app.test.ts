import { ErrorEnvelope, UuidV7 } from "@portico/schemas/common";
import { SandboxKeyResponse } from "@portico/schemas/sandbox-keys";
import {
  ApplicationListResponse,
  CartResponse,
  CustomerListResponse,
  LineItemResponse,
  PublishableKey,
  SecretKey,
} from "@portico/schemas/throttle";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
let keys: Awaited<ReturnType<TestSandbox["throttleKeys"]>>;
let applicationId: string;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  keys = await sandbox.throttleKeys();
  const { json } = await sandbox.call("GET", "/throttle/api/v1/applications", { key: keys.secretKey });
  applicationId = json.data[0].id;
});
afterAll(() => sandbox.close());

const cart = (key: string, body: unknown, headers: Record<string, string> = {}) =>
  sandbox.call("POST", "/throttle/api/v1/carts", { key, body, headers });

describe("POST /sandbox/keys", () => {
  it("creates an isolated Throttle workspace with sk_ and pk_ keys", async () => {
    const { status, json, headers } = await sandbox.call("POST", "/keys", { body: { product: "throttle" } });
    expect(status).toBe(201);
    expect(SandboxKeyResponse.parse(json)).toBeTruthy();
    expect(UuidV7.safeParse(json.data.workspaceId).success).toBe(true);
    expect(json.data.environment).toBe("sandbox");
    expect(SecretKey.safeParse(json.data.secretKey).success && json.data.secretKey.startsWith("sk_sandbox_")).toBe(
      true,
    );
    expect(PublishableKey.safeParse(json.data.publishableKey).success).toBe(true);
    expect(headers.get("x-request-id")).toBe(json.meta.requestId);
  });

  it("never stores a key in clear", async () => {
    const rows = await sandbox.store.db.selectFrom("apiKeys").select("keyHash").execute();
    expect(rows.map((r) => r.keyHash)).not.toContain(keys.secretKey);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.keyHash))).toBe(true);
  });

  it("refuses an unknown product, a snake_case field and malformed JSON with the envelope", async () => {
    const bad = await sandbox.call("POST", "/keys", { body: { product: "stripe" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("validation_error");
    const alias = await sandbox.call("POST", "/keys", { body: { Product: "pqc" } });
    expect(alias.json.error.details).toContainEqual(
      expect.objectContaining({ code: "unrecognized_keys", received: ["Product"], suggestion: "product" }),
    );
    const broken = await sandbox.call("POST", "/keys", { body: "{" });
    expect([broken.status, broken.json.error.code]).toEqual([400, "invalid_json"]);
    const form = await sandbox.call("POST", "/keys", {
      body: "product=pqc",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect([form.status, form.json.error.code]).toEqual([415, "unsupported_media_type"]);
  });

  it("limits how many sandboxes one client creates", async () => {
    const limited = await createTestSandbox("sqlite", { provisionsPer10Minutes: 2 });
    const headers = { "x-forwarded-for": "203.0.113.9" };
    for (const expected of [201, 201, 429]) {
      const { status, headers: h } = await limited.call("POST", "/keys", { body: { product: "throttle" }, headers });
      expect(status).toBe(expected);
      if (status === 429) expect(Number(h.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(
      (
        await limited.call("POST", "/keys", {
          body: { product: "throttle" },
          headers: { "x-forwarded-for": "198.51.100.1" },
        })
      ).status,
    ).toBe(201);
    await limited.close();
  });
});

describe("Throttle API", () => {
  it("lists the seeded applications in the documented list envelope", async () => {
    const { status, json } = await sandbox.call("GET", "/throttle/api/v1/applications", { key: keys.publishableKey });
    expect(status).toBe(200);
    expect(ApplicationListResponse.parse(json).data.length).toBeGreaterThanOrEqual(3);
    expect(json.meta.pagination).toEqual({ cursor: null, hasMore: false, limit: 25 });
  });

  it("creates the conventions page's cart and answers in its documented shape", async () => {
    const { status, json, headers } = await cart(keys.secretKey, { applicationId, currency: "USD" });
    expect(status).toBe(201);
    const body = CartResponse.parse(json);
    expect(UuidV7.safeParse(body.data.id).success).toBe(true);
    expect(body.data).toMatchObject({
      workspaceId: keys.workspaceId,
      applicationId,
      currency: "USD",
      netN: null,
      lineItems: [],
    });
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(headers.get("location")).toBe(`/api/v1/carts/${body.data.id}`);
  });

  it("rejects a snake_case alias with the canonical field suggested", async () => {
    const { status, json } = await cart(keys.secretKey, { application_id: applicationId, currency: "USD" });
    expect(status).toBe(400);
    expect(json.error.code).toBe("validation_error");
    expect(json.error.details).toContainEqual({
      path: "",
      code: "unrecognized_keys",
      message: "Unsupported field(s): application_id",
      received: ["application_id"],
      suggestion: "applicationId",
    });
  });

  it("names a single missing field in the error code", async () => {
    const { status, json } = await cart(keys.secretKey, { currency: "USD" });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: {
        code: "missing_application_id",
        message: "applicationId is required",
        details: [{ field: "applicationId", code: "required", message: "Required" }],
      },
    });
  });

  it("answers any JSON body with a 4xx envelope, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const { status, json } = await cart(keys.secretKey, body);
        expect(status === 201 || (status >= 400 && status < 500)).toBe(true);
        if (status !== 201) expect(ErrorEnvelope.safeParse(json).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("lets publishable keys read but not write", async () => {
    const write = await cart(keys.publishableKey, { applicationId, currency: "USD" });
    expect([write.status, write.json.error.code]).toEqual([403, "forbidden"]);
    expect((await sandbox.call("GET", "/throttle/api/v1/carts", { key: keys.publishableKey })).status).toBe(200);
  });

  it("answers 401 for a missing or unknown key and 404 for another workspace's cart", async () => {
    const none = await sandbox.call("GET", "/throttle/api/v1/carts");
    expect([none.status, none.json.error.code]).toEqual([401, "unauthorized"]);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(
      (await sandbox.call("GET", "/throttle/api/v1/carts", { key: "sk_sandbox_notarealkey00000000" })).status,
    ).toBe(401);
    expect((await sandbox.call("GET", "/throttle/api/v1/carts", { key: (await sandbox.pqcKey()).apiKey })).status).toBe(
      401,
    );

    const mine = await cart(keys.secretKey, { applicationId, currency: "EUR" });
    const other = await sandbox.throttleKeys();
    const theirs = await sandbox.call("GET", `/throttle/api/v1/carts/${mine.json.data.id}`, { key: other.secretKey });
    expect([theirs.status, theirs.json.error.code]).toEqual([404, "not_found"]);
  });

  it("prices a cart from its line items and checks the customer belongs to the workspace", async () => {
    const created = await cart(keys.secretKey, { applicationId, currency: "USD" });
    const cartId = created.json.data.id;
    const customers = await sandbox.call("GET", "/throttle/api/v1/customers", { key: keys.secretKey });
    const customerId = CustomerListResponse.parse(customers.json).data[0]?.id;
    const add = (body: unknown) =>
      sandbox.call("POST", `/throttle/api/v1/carts/${cartId}/line-items`, { key: keys.secretKey, body });
    const first = await add({ unitPrice: 1999, quantity: 2, externalId: "sku-1", customerId });
    expect(first.status).toBe(201);
    expect(LineItemResponse.parse(first.json).data).toMatchObject({ cartId, unitPrice: 1999, quantity: 2, customerId });
    await add({ unitPrice: 500, quantity: 1 });
    const priced = await sandbox.call("GET", `/throttle/api/v1/carts/${cartId}`, { key: keys.secretKey });
    expect(priced.json.data.netN).toBe(1999 * 2 + 500);
    expect(priced.json.data.lineItems).toHaveLength(2);

    const stranger = await sandbox.throttleKeys();
    const foreign = await sandbox.call("GET", "/throttle/api/v1/customers", { key: stranger.secretKey });
    expect((await add({ unitPrice: 1, quantity: 1, customerId: foreign.json.data[0].id })).status).toBe(404);
    const qty = await add({ unit_price: 1, qty: 1 });
    expect(qty.json.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ received: ["qty"], suggestion: "quantity" }),
        expect.objectContaining({ received: ["unit_price"], suggestion: "unitPrice" }),
      ]),
    );
  });
});

describe("cursor pagination", () => {
  it("walks every row that existed once, even while rows are inserted mid-walk", async () => {
    const own = await sandbox.throttleKeys();
    for (let i = 0; i < 8; i++) {
      await sandbox.call("POST", "/throttle/api/v1/customers", {
        key: own.secretKey,
        body: { email: `c${i}@example.com`, name: `C ${i}` },
      });
    }
    const before = (
      await sandbox.call("GET", "/throttle/api/v1/customers?limit=100", { key: own.secretKey })
    ).json.data.map((c: { id: string }) => c.id);
    expect(before).toHaveLength(13);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=4&cursor=${encodeURIComponent(cursor)}` : "?limit=4";
      const { json } = await sandbox.call("GET", `/throttle/api/v1/customers${query}`, { key: own.secretKey });
      expect(json.meta.pagination.cursor === null).toBe(!json.meta.pagination.hasMore);
      seen.push(...json.data.map((c: { id: string }) => c.id));
      cursor = json.meta.pagination.cursor;
      await sandbox.call("POST", "/throttle/api/v1/customers", {
        key: own.secretKey,
        body: { email: `new${pages}@example.com`, name: "New" },
      });
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, before.length)).toEqual(before);
  });

  it("refuses tampered, foreign and cross-list cursors, and limits outside 1 to 100", async () => {
    const first = await sandbox.call("GET", "/throttle/api/v1/customers?limit=1", { key: keys.secretKey });
    const cursor: string = first.json.meta.pagination.cursor;
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith("A") ? "B" : "A"}A`;
    const other = await sandbox.throttleKeys();
    for (const [key, path] of [
      [keys.secretKey, `/throttle/api/v1/customers?cursor=${tampered}`],
      [other.secretKey, `/throttle/api/v1/customers?cursor=${cursor}`],
      [keys.secretKey, `/throttle/api/v1/carts?cursor=${cursor}`],
      [keys.secretKey, "/throttle/api/v1/customers?cursor=garbage"],
    ] as const) {
      const { status, json } = await sandbox.call("GET", path, { key });
      expect([status, json.error.code], path).toEqual([400, "invalid_cursor"]);
    }
    for (const limit of ["0", "101", "abc"]) {
      const { status, json } = await sandbox.call("GET", `/throttle/api/v1/customers?limit=${limit}`, {
        key: keys.secretKey,
      });
      expect([status, json.error.code]).toEqual([400, "validation_error"]);
    }
  });
});

describe("X-Request-Id", () => {
  it("echoes a valid id, mints a UUID v7 otherwise, on successes and errors alike", async () => {
    const echoed = await sandbox.call("GET", "/throttle/api/v1/carts", {
      key: keys.secretKey,
      headers: { "x-request-id": "trace-123" },
    });
    expect(echoed.headers.get("x-request-id")).toBe("trace-123");
    const minted = await sandbox.call("GET", "/no-such-route", { headers: { "x-request-id": "has spaces" } });
    expect(minted.status).toBe(404);
    expect(UuidV7.safeParse(minted.headers.get("x-request-id")).success).toBe(true);
    const created = await cart(keys.secretKey, { applicationId, currency: "USD" }, { "x-request-id": "create-1" });
    expect(created.json.meta.requestId).toBe("create-1");
  });
});

describe("rate limit and simulated faults", () => {
  it("answers 429 with Retry-After and RateLimit headers past the per-key limit", async () => {
    const limited = await createTestSandbox("sqlite", { rateLimit: { points: 3, duration: 60 } });
    const own = await limited.throttleKeys();
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(await limited.call("GET", "/throttle/api/v1/carts", { key: own.secretKey }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(statuses[0]?.headers.get("ratelimit-policy")).toBe('"per-key";q=3;w=60');
    expect(statuses[3]?.json.error.code).toBe("rate_limited");
    expect(Number(statuses[3]?.headers.get("retry-after"))).toBeGreaterThan(0);
    await limited.close();
  });

  it("simulates each retryable failure without changing anything", async () => {
    const count = async () =>
      (await sandbox.call("GET", "/throttle/api/v1/carts?limit=100", { key: keys.secretKey })).json.data.length;
    const before = await count();
    for (const status of [429, 500, 502, 503, 504]) {
      const r = await cart(
        keys.secretKey,
        { applicationId, currency: "USD" },
        { "x-sandbox-simulate": String(status) },
      );
      expect(r.status).toBe(status);
      expect(ErrorEnvelope.safeParse(r.json).success).toBe(true);
      expect(r.headers.get("retry-after")).toBe(status === 429 || status === 503 ? "1" : null);
    }
    expect(await count()).toBe(before);
    expect((await cart(keys.secretKey, {}, { "x-sandbox-simulate": "418" })).status).toBe(400);
  });

  it("expires a sandbox after 24 hours", async () => {
    const own = await sandbox.throttleKeys();
    sandbox.clock.advance(24 * 60 * 60 * 1000 + 1000);
    expect((await sandbox.call("GET", "/throttle/api/v1/carts", { key: own.secretKey })).status).toBe(401);
    sandbox.clock.advance(-(24 * 60 * 60 * 1000 + 1000));
  });
});
