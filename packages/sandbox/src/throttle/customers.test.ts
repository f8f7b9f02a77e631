import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type SandboxKeyOf, type TestSandbox } from "../testing.ts";

let sandbox: TestSandbox;
let keys: SandboxKeyOf<"throttle">;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  keys = await sandbox.sandboxKey("throttle");
});
afterAll(() => sandbox.close());

describe("customers and cursor pagination", () => {
  it("walks every row that existed once, even while rows are inserted mid-walk", async () => {
    const own = await sandbox.sandboxKey("throttle");
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
    const other = await sandbox.sandboxKey("throttle");
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
