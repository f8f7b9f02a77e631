import { postgresUnavailable } from "@portico/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`Idempotency-Key on ${engine}`, () => {
    let sandbox: TestSandbox;
    let key: string;
    let applicationId: string;
    beforeAll(async () => {
      sandbox = await createTestSandbox(engine);
      key = (await sandbox.sandboxKey("throttle")).secretKey;
      applicationId = (await sandbox.call("GET", "/throttle/api/v1/applications", { key })).json.data[0].id;
    });
    afterAll(() => sandbox.close());

    const post = (idempotencyKey: string, body: unknown = { applicationId, currency: "USD" }, apiKey = key) =>
      sandbox.call("POST", "/throttle/api/v1/carts", {
        key: apiKey,
        body,
        headers: { "idempotency-key": idempotencyKey },
      });
    const cartCount = async (apiKey = key) =>
      (await sandbox.call("GET", "/throttle/api/v1/carts?limit=100", { key: apiKey })).json.data.length;

    it("replays the stored response for the same key and request, creating nothing more", async () => {
      const before = await cartCount();
      const first = await post("replay-1");
      const again = await post("replay-1");
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.text).toBe(first.text);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      expect(again.headers.get("x-request-id")).toBe(first.json.meta.requestId);
      expect(await cartCount()).toBe(before + 1);
    });

    it("replays the same JSON value sent with other key order and whitespace", async () => {
      const before = await cartCount();
      const first = await post("by-value-1", `{"applicationId":"${applicationId}","currency":"USD"}`);
      const again = await post("by-value-1", `{\n  "currency": "USD",\n  "applicationId": "${applicationId}"\n}`);
      expect([first.status, again.status, again.headers.get("idempotent-replayed")]).toEqual([201, 201, "true"]);
      expect(again.text).toBe(first.text);
      expect(await cartCount()).toBe(before + 1);
    });

    it("refuses the same key with another body or path, doing nothing", async () => {
      await post("reuse-1");
      const before = await cartCount();
      const other = await post("reuse-1", { applicationId, currency: "EUR" });
      expect([other.status, other.json.error.code]).toEqual([422, "idempotency_key_reused"]);
      const otherPath = await sandbox.call("POST", "/throttle/api/v1/customers", {
        key,
        body: { email: "x@example.com", name: "X" },
        headers: { "idempotency-key": "reuse-1" },
      });
      expect(otherPath.status).toBe(422);
      expect(await cartCount()).toBe(before);
    });

    it("forgets validation failures so the key stays usable", async () => {
      const invalid = await post("fix-then-retry", { application_id: applicationId, currency: "USD" });
      expect(invalid.status).toBe(400);
      const fixed = await post("fix-then-retry");
      expect(fixed.status).toBe(201);
      expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    });

    it("claims nothing for a simulated failure, which is answered before idempotency", async () => {
      const failed = await sandbox.call("POST", "/throttle/api/v1/carts", {
        key,
        body: { applicationId, currency: "USD" },
        headers: { "idempotency-key": "after-503", "x-sandbox-simulate": "503" },
      });
      expect(failed.status).toBe(503);
      expect((await post("after-503")).status).toBe(201);
    });

    it("scopes keys to the API key", async () => {
      const other = (await sandbox.sandboxKey("throttle")).secretKey;
      const otherApp = (await sandbox.call("GET", "/throttle/api/v1/applications", { key: other })).json.data[0].id;
      await post("shared-name");
      const theirs = await post("shared-name", { applicationId: otherApp, currency: "USD" }, other);
      expect(theirs.status).toBe(201);
      expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    });

    it("answers 409 while a request with the same key is still running, and runs it once released", async () => {
      const before = await cartCount();
      const release = await sandbox.holdIdempotencyKey(key, "in-flight");
      const retry = await post("in-flight");
      expect([retry.status, retry.json.error.code]).toEqual([409, "idempotency_key_in_use"]);
      expect(retry.headers.get("retry-after")).toBe("1");
      await release();
      const afterRelease = await post("in-flight");
      expect(afterRelease.status).toBe(201);
      expect(afterRelease.headers.get("idempotent-replayed")).toBeNull();
      expect(await cartCount()).toBe(before + 1);
    });

    it("runs a request whose key an earlier version left running when it crashed, at once", async () => {
      await post("orphan");
      await sandbox.store.db
        .updateTable("idempotencyKeys")
        .set({ state: "running", status: null, headers: null, body: null })
        .where("key", "=", "orphan")
        .execute();
      const retry = await post("orphan");
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBeNull();
    });

    it("refuses a malformed key with 400", async () => {
      for (const bad of ["", "x".repeat(256), "tab\there"]) {
        const r = await post(bad);
        expect([r.status, r.json.error.code], JSON.stringify(bad)).toEqual([400, "idempotency_key_invalid"]);
      }
      expect((await post("x".repeat(255))).status).toBe(201);
    });

    it("creates exactly one cart from 20 concurrent requests with one key", async () => {
      const own = (await sandbox.sandboxKey("throttle")).secretKey;
      const app = (await sandbox.call("GET", "/throttle/api/v1/applications", { key: own })).json.data[0].id;
      const before = await cartCount(own);
      const results = await Promise.all(
        Array.from({ length: 20 }, () => post("concurrent-1", { applicationId: app, currency: "USD" }, own)),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      expect(statuses).toContain(201);
      for (const r of results.filter((x) => x.status === 409)) expect(r.json.error.code).toBe("idempotency_key_in_use");
      expect(new Set(results.filter((r) => r.status === 201).map((r) => r.json.data.id)).size).toBe(1);
      expect(await cartCount(own)).toBe(before + 1);
    });

    it("keeps a key for 24 hours, then lets it be used afresh", async () => {
      const first = await post("day-old");
      // Age the stored key rather than the clock, which would expire the whole sandbox too.
      const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 1000).toISOString();
      await sandbox.store.db
        .updateTable("idempotencyKeys")
        .set({ createdAt: dayAgo })
        .where("key", "=", "day-old")
        .execute();
      const later = await post("day-old", { applicationId, currency: "GBP" });
      expect(later.status).toBe(201);
      expect(later.json.data.id).not.toBe(first.json.data.id);
    });
  });
}
