import { ErrorEnvelope } from "@portico/schemas/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type SandboxKeyOf, type TestSandbox } from "../testing.ts";
import { postCart, throttleWorkspace } from "./testing.ts";

let sandbox: TestSandbox;
let keys: SandboxKeyOf<"throttle">;
let applicationId: string;

beforeAll(async () => {
  ({ sandbox, keys, applicationId } = await throttleWorkspace());
});
afterAll(() => sandbox.close());

const cart = (key: string, body: unknown, headers: Record<string, string> = {}) =>
  postCart(sandbox, key, body, headers);

describe("the Throttle router's middleware", () => {
  it("lets publishable keys read but not write", async () => {
    const write = await cart(keys.publishableKey, { applicationId, currency: "USD" });
    expect([write.status, write.json.error.code]).toEqual([403, "forbidden"]);
    expect((await sandbox.call("GET", "/throttle/api/v1/carts", { key: keys.publishableKey })).status).toBe(200);
  });

  it("answers 401 for a missing, unknown or other product's key", async () => {
    const none = await sandbox.call("GET", "/throttle/api/v1/carts");
    expect([none.status, none.json.error.code]).toEqual([401, "unauthorized"]);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(
      (await sandbox.call("GET", "/throttle/api/v1/carts", { key: "sk_sandbox_notarealkey00000000" })).status,
    ).toBe(401);
    expect(
      (await sandbox.call("GET", "/throttle/api/v1/carts", { key: (await sandbox.sandboxKey("pqc")).apiKey })).status,
    ).toBe(401);
  });

  it("tells a caller without a working key where to get one", async () => {
    const none = await sandbox.call("GET", "/throttle/api/v1/carts");
    const unknown = await sandbox.call("GET", "/throttle/api/v1/carts", { key: "sk_sandbox_notarealkey00000000" });
    for (const answer of [none, unknown]) {
      expect(answer.json.error.message).toContain("POST /sandbox/keys");
      expect(answer.json.error.message).toContain("/playground");
    }
  });

  it("answers 429 with Retry-After and RateLimit headers past the per-key limit", async () => {
    const limited = await createTestSandbox("sqlite", { rateLimit: { points: 3, duration: 60 } });
    const own = await limited.sandboxKey("throttle");
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
});
