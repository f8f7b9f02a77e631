import { MAX_ERROR_DETAILS } from "@portico/schemas/common";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { postgresUnavailable } from "@portico/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type ExampleRequests, exampleRequests } from "./example-requests.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

const pgSkip = await postgresUnavailable();

const jsonWrites = PRODUCT_IDS.flatMap((product) =>
  operationsOf(product)
    .filter((op) => op.requestBody && op.requestBody.contentType !== "multipart/form-data")
    .map((op) => [`${product} ${op.operationId}`, product, op] as const),
);

/** `"\ud800"` as a JSON body carries it: an escape, since UTF-8 bytes cannot hold a lone surrogate. */
const LONE = "\ud800";
/** A lone surrogate as a URL carries it: its WTF-8 bytes, which are not UTF-8. */
const LONE_IN_URL = "%ED%A0%80";

// Before: a lone surrogate was stored as three U+FFFD on SQLite and one on PostgreSQL, while the
// 201 echoed what was sent; the client never learnt its text had changed. Every engine now answers 400.
for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`a lone surrogate in a request on ${engine}`, () => {
    let sandbox: TestSandbox;
    let examples: ExampleRequests;
    beforeAll(async () => {
      sandbox = await createTestSandbox(engine);
      examples = await exampleRequests(sandbox);
    });
    afterAll(() => sandbox.close());

    /** Rows of every table a sandbox write stores into, to show a refused write stored nothing. */
    const stored = async () => {
      const counts = [];
      for (const table of ["sandboxes", "customers", "carts", "lineItems", "assets"] as const) {
        counts.push((await sandbox.store.db.selectFrom(table).select("id").execute()).length);
      }
      return counts;
    };

    it.each(jsonWrites)("%s: in any string field of the body, 400 naming the field", async (_, product, op) => {
      const { path, body } = examples.request(product, op);
      const key = op.authenticated === false ? undefined : examples.keys.get(product);
      const example = JSON.parse(body as string) as Record<string, unknown>;
      const shape = ((op.requestBody?.schema as z.ZodObject | undefined)?.shape ?? {}) as Record<string, z.ZodType>;
      const fields = new Set([
        ...Object.keys(example).filter((field) => typeof example[field] === "string"),
        ...Object.keys(shape).filter((field) => shape[field]?.safeParse("text").success),
      ]);
      expect(fields.size).toBeGreaterThan(0);
      const before = await stored();
      for (const field of fields) {
        const value = typeof example[field] === "string" ? example[field] : "text";
        const response = await sandbox.call(op.method.toUpperCase(), path, {
          key,
          body: { ...example, [field]: `${value}${LONE}` },
        });
        expect([response.status, response.json.error.code], field).toEqual([400, "validation_error"]);
        expect(response.json.error.details).toContainEqual(
          expect.objectContaining({ field, code: "invalid_format", message: expect.stringMatching(/lone/) }),
        );
      }
      expect(await stored()).toEqual(before);
    });

    it("in an object key or an array item, 400 naming where it sits", async () => {
      const response = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
        key: examples.keys.get("pqc"),
        body: { [`host${LONE}`]: "x", tags: ["ok", `b${LONE}`] },
      });
      expect(response.status).toBe(400);
      const fields = response.json.error.details.map((detail: { field?: string }) => detail.field);
      expect(fields).toEqual(expect.arrayContaining([`host${LONE}`, "tags.1"]));
    });

    it("in a query value or name, 400 naming the parameter (never read as U+FFFD)", async () => {
      const key = examples.keys.get("pqc");
      for (const [query, field] of [
        [`cursor=${LONE_IN_URL}`, "cursor"],
        [`limit=1${LONE_IN_URL}`, "limit"],
        [`${LONE_IN_URL}=1`, "\ufffd\ufffd\ufffd"],
      ]) {
        const response = await sandbox.call("GET", `/pqc/v1/pqc/inventory?${query}`, { key });
        expect([response.status, response.json.error.code], query).toEqual([400, "validation_error"]);
        expect(response.json.error.message).toBe("Query parameter validation failed");
        expect(response.json.error.details, query).toContainEqual(
          expect.objectContaining({ field, code: "invalid_format", message: expect.stringMatching(/UTF-8/) }),
        );
      }
    });

    it("in a path segment, 400 naming the parameter", async () => {
      const response = await sandbox.call("GET", `/pqc/v1/pqc/inventory/${LONE_IN_URL}`, {
        key: examples.keys.get("pqc"),
      });
      expect([response.status, response.json.error.message]).toEqual([400, "Path parameter validation failed"]);
      expect(response.json.error.details).toContainEqual(
        expect.objectContaining({ field: "assetId", code: "invalid_format", message: expect.stringMatching(/UTF-8/) }),
      );
    });
  });
}

describe("an error with hundreds of details", () => {
  let sandbox: TestSandbox;
  let examples: ExampleRequests;
  beforeAll(async () => {
    sandbox = await createTestSandbox();
    examples = await exampleRequests(sandbox);
  });
  afterAll(() => sandbox.close());

  it(`carries the first ${MAX_ERROR_DETAILS} details of a JSON body and counts the rest`, async () => {
    const unknown = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`unknownField${i}`, i]));
    const response = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key: examples.keys.get("pqc"),
      body: unknown,
    });
    expect(response.status).toBe(400);
    expect(response.json.error.details).toHaveLength(MAX_ERROR_DETAILS);
    // 600 unknown keys, and the five required fields missing.
    expect(response.json.error.omittedDetails).toBe(600 + 5 - MAX_ERROR_DETAILS);
    expect(response.json.error.details).toContainEqual(
      expect.objectContaining({ code: "unrecognized_keys", received: ["unknownField0"] }),
    );
    expect(response.text.length).toBeLessThan(10_000);
  });

  it("bounds a CSV import with hundreds of bad rows the same way", async () => {
    const op = operationsOf("pqc").find((candidate) => candidate.requestBody?.contentType === "multipart/form-data");
    if (!op) throw new Error("the PQC product has no import operation");
    const { path } = examples.request("pqc", op);
    const [header = ""] = ((op.requestBody?.example as { file?: string } | undefined)?.file ?? "").split("\n");
    expect(header.split(",").length).toBeGreaterThan(1);
    const rows = Array.from({ length: 500 }, () =>
      header
        .split(",")
        .map(() => "")
        .join(","),
    );
    const form = new FormData();
    form.append("file", new File([`${header}\n${rows.join("\n")}\n`], "inventory.csv", { type: "text/csv" }));
    const response = await sandbox.call("POST", path, { key: examples.keys.get("pqc"), body: form });
    expect([response.status, response.json.error.code]).toEqual([400, "validation_error"]);
    expect(response.json.error.details).toHaveLength(MAX_ERROR_DETAILS);
    expect(response.json.error.omittedDetails).toBeGreaterThanOrEqual(500 - MAX_ERROR_DETAILS);
    expect(response.text.length).toBeLessThan(20_000);
  });

  it("leaves an error with few details as it was, without a count", async () => {
    const response = await sandbox.call("POST", "/pqc/v1/pqc/inventory", {
      key: examples.keys.get("pqc"),
      body: { unexpected: 1 },
    });
    expect(response.status).toBe(400);
    expect(response.json.error.details.length).toBeLessThan(MAX_ERROR_DETAILS);
    expect(response.json.error).not.toHaveProperty("omittedDetails");
  });
});
