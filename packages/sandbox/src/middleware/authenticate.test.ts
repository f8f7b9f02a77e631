import { postgresUnavailable } from "@portico/store/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SANDBOX_TTL_MS } from "../provision-sandbox.ts";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { API_KEY_CACHE_MS } from "./authenticate.ts";

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`a kept API key on ${engine}`, () => {
    let sandbox: TestSandbox;
    let key: string;
    let sandboxId: string;
    const list = (apiKey = key) => sandbox.call("GET", "/throttle/api/v1/carts", { key: apiKey });
    beforeEach(async () => {
      sandbox = await createTestSandbox(engine);
      const data = await sandbox.sandboxKey("throttle");
      key = data.secretKey;
      sandboxId = data.workspaceId;
    });
    afterEach(() => sandbox.close());

    it("answers 401 on the very request after its sandbox expires, though it was read just before", async () => {
      // Read (and kept) three seconds before the end, less than API_KEY_CACHE_MS before the next request.
      sandbox.clock.advance(SANDBOX_TTL_MS - 3000);
      expect((await list()).status).toBe(200);
      sandbox.clock.advance(3000);
      const expired = await list();
      expect([expired.status, expired.json.error.code]).toEqual([401, "unauthorized"]);
      expect(expired.headers.get("www-authenticate")).toContain('error="invalid_token"');
    });

    it("stays refused once the purge has deleted its expired sandbox, while a newer sandbox's key works", async () => {
      expect((await list()).status).toBe(200);
      sandbox.clock.advance(SANDBOX_TTL_MS);
      // Provisioning purges what has expired.
      const fresh = await sandbox.sandboxKey("throttle");
      const gone = await sandbox.store.db.selectFrom("sandboxes").select("id").where("id", "=", sandboxId).execute();
      expect(gone).toEqual([]);
      expect((await list()).status).toBe(401);
      expect((await list(fresh.secretKey)).status).toBe(200);
    });

    it("is read again within API_KEY_CACHE_MS, so a row deleted elsewhere stops answering by then", async () => {
      expect((await list()).status).toBe(200);
      // Another instance, or an operator, ends the sandbox early: not a path this process sees.
      await sandbox.store.db.deleteFrom("sandboxes").where("id", "=", sandboxId).execute();
      sandbox.clock.advance(API_KEY_CACHE_MS);
      expect((await list()).status).toBe(401);
    });

    it("keeps each key's own kind: a publishable key read after the secret one is still refused writes", async () => {
      const data = await sandbox.sandboxKey("throttle");
      expect((await list(data.secretKey)).status).toBe(200);
      expect((await list(data.publishableKey)).status).toBe(200);
      const write = await sandbox.call("POST", "/throttle/api/v1/customers", {
        key: data.publishableKey,
        body: { email: "a@example.com", name: "A" },
      });
      expect([write.status, write.json.error.code]).toEqual([403, "forbidden"]);
    });
  });
}
