import { AuditEventListResponse } from "@portico/schemas/pqc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { csvUpload } from "./testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.sandboxKey("pqc")).apiKey;
});
afterAll(() => sandbox.close());

const get = (path: string, apiKey = key) => sandbox.call("GET", `/pqc/v1/pqc${path}`, { key: apiKey });

describe("PQC audit events", () => {
  it("records each import once, without a resource id, and pages with cursors bound to the list", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const csv = "hostname,system,protocol,algorithm,keySize\na.example,Web,TLS 1.3,RSA-2048,2048\n";
    for (const requestId of ["import-1", "import-2", "import-3"]) {
      const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
        key: own,
        body: csvUpload(csv),
        headers: { "x-request-id": requestId },
      });
      expect(r.status).toBe(201);
    }
    const seen: [string, string | null, string][] = [];
    let cursor: string | null = null;
    do {
      const page = AuditEventListResponse.parse(
        (await get(`/audit-events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, own)).json,
      );
      expect(page.nextCursor === null).toBe(!page.hasMore);
      seen.push(...page.items.map((e) => [e.action, e.resourceId, e.requestId] as [string, string | null, string]));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      ["assets.imported", null, "import-1"],
      ["assets.imported", null, "import-2"],
      ["assets.imported", null, "import-3"],
    ]);
    const first = (await get("/audit-events?limit=1", own)).json.nextCursor;
    const crossList = await get(`/inventory?cursor=${encodeURIComponent(first)}`, own);
    expect([crossList.status, crossList.json.error.code]).toEqual([400, "invalid_cursor"]);
  });
});
