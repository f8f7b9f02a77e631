import { ErrorEnvelope, UuidV7 } from "@portico/schemas/common";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { SandboxKeyResponse } from "@portico/schemas/sandbox-keys";
import { PublishableKey, SecretKey } from "@portico/schemas/throttle";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type SandboxKeyOf, type TestSandbox } from "./testing.ts";
import { postCart, throttleWorkspace } from "./throttle/testing.ts";

let sandbox: TestSandbox;
let keys: SandboxKeyOf<"throttle">;
let applicationId: string;

beforeAll(async () => {
  ({ sandbox, keys, applicationId } = await throttleWorkspace());
});
afterAll(() => sandbox.close());

const cart = (key: string, body: unknown, headers: Record<string, string> = {}) =>
  postCart(sandbox, key, body, headers);

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

  it("spends no provisioning quota on a request it refuses as malformed", async () => {
    const limited = await createTestSandbox("sqlite", { provisionsPer10Minutes: 3, provisionsOverallPer10Minutes: 3 });
    const headers = { "x-forwarded-for": "203.0.113.10" };
    const refusals = [
      { body: { product: "stripe" } },
      { body: { Product: "pqc" } },
      { body: "{" },
      { body: {} },
      { body: "product=pqc", headers: { "content-type": "application/x-www-form-urlencoded" } },
    ];
    const refused = [];
    for (const round of [1, 2]) {
      for (const { body, headers: extra } of refusals) {
        const { status } = await limited.call("POST", "/keys", { body, headers: { ...headers, ...extra } });
        refused.push(`${round}:${status}`);
      }
    }
    expect(
      refused.every((outcome) => /:4(00|15)$/.test(outcome)),
      refused.join(" "),
    ).toBe(true);
    const created = [];
    for (let i = 0; i < 3; i++) {
      created.push((await limited.call("POST", "/keys", { body: { product: "pqc" }, headers })).status);
    }
    expect(created).toEqual([201, 201, 201]);
    expect((await limited.call("POST", "/keys", { body: { product: "pqc" }, headers })).status).toBe(429);
    await limited.close();
  });
});

describe("X-Request-Id", () => {
  it("echoes a valid id, mints a UUID v7 otherwise, on successes and errors alike", async () => {
    const echoed = await sandbox.call("GET", "/throttle/api/v1/carts", {
      key: keys.secretKey,
      headers: { "x-request-id": "trace-123" },
    });
    expect(echoed.headers.get("x-request-id")).toBe("trace-123");
    const minted = await sandbox.call("GET", "/no-such-route", {
      headers: { "x-request-id": "has spaces" },
      undocumented: "an unknown route, to see an error's minted request id",
    });
    expect(minted.status).toBe(404);
    expect(UuidV7.safeParse(minted.headers.get("x-request-id")).success).toBe(true);
    const created = await cart(keys.secretKey, { applicationId, currency: "USD" }, { "x-request-id": "create-1" });
    expect(created.json.meta.requestId).toBe("create-1");
  });
});

describe("sandbox lifetime", () => {
  it("expires a sandbox after 24 hours", async () => {
    const own = await sandbox.sandboxKey("throttle");
    // The clock is shared by every test in this file: put it back even when the assertion fails.
    sandbox.clock.advance(24 * 60 * 60 * 1000 + 1000);
    try {
      expect((await sandbox.call("GET", "/throttle/api/v1/carts", { key: own.secretKey })).status).toBe(401);
    } finally {
      sandbox.clock.advance(-(24 * 60 * 60 * 1000 + 1000));
    }
  });
});

describe("Location of a created resource", () => {
  it("is the path a client follows from its own URL, under whatever prefix the sandbox is mounted", async () => {
    const standalone = await createTestSandbox("sqlite", { basePath: "/elsewhere" });
    try {
      const request = (path: string, init: RequestInit = {}) =>
        standalone.fetch(`http://sandbox.test/elsewhere${path}`, init);
      const provisioned = await request("/keys", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ product: "pqc" }),
      });
      const authorization = `Bearer ${(await provisioned.json()).data.apiKey}`;
      const created = await request("/pqc/v1/pqc/inventory", {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({
          hostname: "h.example",
          system: "S",
          protocol: "TLS",
          algorithm: "RSA-2048",
          keySize: 2048,
        }),
      });
      const location = created.headers.get("location") ?? "";
      expect(location).toBe(`/elsewhere/pqc/v1/pqc/inventory/${(await created.json()).id}`);
      const followed = await standalone.fetch(`http://sandbox.test${location}`, { headers: { authorization } });
      expect(followed.status).toBe(200);
    } finally {
      await standalone.close();
    }
  });
});

/** Why a wrong method is off every document. */
const WRONG_METHOD = "OpenAPI cannot declare a response for a method the path does not define";

describe("a method the path does not take", () => {
  it("is 405 method_not_allowed with Allow and X-Request-Id, before authentication", async () => {
    for (const [method, path, allow] of [
      ["GET", "/keys", "POST"],
      ["PUT", "/throttle/api/v1/carts", "POST, GET, HEAD"],
      ["DELETE", `/throttle/api/v1/carts/${applicationId}`, "GET, HEAD"],
      ["PATCH", `/throttle/api/v1/carts/${applicationId}/line-items`, "POST, GET, HEAD"],
    ] as const) {
      const r = await sandbox.call(method, path, {
        headers: { "x-request-id": "wrong-method" },
        undocumented: WRONG_METHOD,
      });
      expect([r.status, r.headers.get("allow"), r.headers.get("x-request-id")], `${method} ${path}`).toEqual([
        405,
        allow,
        "wrong-method",
      ]);
      expect(ErrorEnvelope.parse(r.json).error.code).toBe("method_not_allowed");
    }
  });

  it.each(PRODUCT_IDS)("is 405 on every path of %s, naming the path's own methods", async (product) => {
    for (const op of operationsOf(product)) {
      const path = `${op.server === undefined ? `/${product}` : ""}${op.path.replace(/\{\w+\}/g, applicationId)}`;
      const r = await sandbox.call("DELETE", path, { undocumented: WRONG_METHOD });
      expect([r.status, r.json.error.code], `DELETE ${path}`).toEqual([405, "method_not_allowed"]);
      expect(r.headers.get("allow")?.split(", "), `DELETE ${path}`).toContain(op.method.toUpperCase());
    }
  });

  it("leaves a path no operation lists a 404, and a HEAD where GET is served to the route", async () => {
    const unknown = await sandbox.call("DELETE", "/throttle/api/v1/nowhere", {
      key: keys.secretKey,
      undocumented: "an unknown path: no document can list it",
    });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, "not_found"]);
    const head = await sandbox.call("HEAD", "/throttle/api/v1/carts", { key: keys.secretKey });
    expect(head.status).toBe(200);
  });
});
