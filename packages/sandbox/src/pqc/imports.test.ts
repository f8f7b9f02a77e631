import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "../testing.ts";
import { allAssetIds, csvUpload } from "./testing.ts";

let sandbox: TestSandbox;
let key: string;
beforeAll(async () => {
  sandbox = await createTestSandbox();
  key = (await sandbox.sandboxKey("pqc")).apiKey;
});
afterAll(() => sandbox.close());

const allAssets = (apiKey = key) => allAssetIds(sandbox, apiKey);

describe("PQC inventory imports", () => {
  it("refuses an invalid file whole and imports nothing", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const before = (await allAssets(own)).length;
    const bad =
      "hostname,system,protocol,algorithm,keySize\na.example,Web,TLS 1.3,RSA-2048,2048\nb.example,Web,TLS 1.3,RSA-2048,big\n";
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: csvUpload(bad) });
    expect([r.status, r.json.error.code]).toEqual([400, "validation_error"]);
    expect(r.json.error.details[0].field).toBe("line 3: keySize");
    for (const body of [csvUpload('not,a\n"broken'), csvUpload("name\nx\n"), new FormData()]) {
      expect((await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body })).status).toBe(400);
    }
    expect(
      (await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: { file: "x" } })).status,
    ).toBe(415);
    expect((await allAssets(own)).length).toBe(before);
  });

  it("imports the documented maximum of 5,000 rows in one request", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const rows = Array.from({ length: 5000 }, (_, i) => `host-${i}.example,Fleet,TLS 1.3,ECDSA P-256,256`);
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key: own,
      body: csvUpload(`hostname,system,protocol,algorithm,keySize\n${rows.join("\n")}\n`),
    });
    expect([r.status, r.json.imported]).toEqual([201, 5000]);
  });

  it("takes any part named file as the CSV: a file, or a plain field without a filename", async () => {
    const own = (await sandbox.sandboxKey("pqc")).apiKey;
    const before = (await allAssets(own)).length;
    const csv = "hostname,system,protocol,algorithm,keySize\nplain.example,Web,TLS 1.3,RSA-2048,2048\n";
    const field = new FormData();
    field.append("file", csv);
    const plain = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: field });
    expect([plain.status, plain.json.imported]).toEqual([201, 1]);
    // A part with a content type but no filename, as some clients send a file built in memory.
    const boundary = "portico-test-boundary";
    const raw = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key: own,
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect([raw.status, raw.json.imported]).toEqual([201, 1]);
    expect((await allAssets(own)).length).toBe(before + 2);
    const wrongName = new FormData();
    wrongName.append("csv", csv);
    const missing = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", { key: own, body: wrongName });
    expect([missing.status, missing.json.error.details[0]]).toEqual([400, expect.objectContaining({ field: "file" })]);
  });

  it("answers a malformed multipart body with 400, not 500", async () => {
    const r = await sandbox.call("POST", "/pqc/v1/pqc/inventory/imports", {
      key,
      body: "garbage",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect([r.status, r.json.error.code]).toEqual([400, "validation_error"]);
  });
});
