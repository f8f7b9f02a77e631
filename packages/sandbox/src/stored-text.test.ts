import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { postgresUnavailable } from "@portico/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type ExampleRequests, exampleRequests } from "./example-requests.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

const pgSkip = await postgresUnavailable();

const writes = PRODUCT_IDS.flatMap((product) =>
  operationsOf(product)
    .filter((op) => op.requestBody)
    .map((op) => [`${product} ${op.operationId}`, product, op] as const),
);

// PostgreSQL's `text` cannot hold U+0000: a NUL in a stored field was a 500 there (the property
// test found it through the CSV import), while SQLite stored it. Every engine now answers 400.
for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`a NUL character in a request on ${engine}`, () => {
    let sandbox: TestSandbox;
    let examples: ExampleRequests;
    beforeAll(async () => {
      sandbox = await createTestSandbox(engine);
      examples = await exampleRequests(sandbox);
    });
    afterAll(() => sandbox.close());

    it.each(writes)(
      "%s: a NUL in any text it would store answers 400 (naming the field of a JSON body), never 500",
      async (_, product, op) => {
        const { path, body } = examples.request(product, op);
        const key = op.authenticated === false ? undefined : examples.keys.get(product);
        if (typeof body === "string") {
          const example = JSON.parse(body) as Record<string, unknown>;
          // The example's strings, and every field of the body that takes free text.
          const shape = ((op.requestBody?.schema as z.ZodObject | undefined)?.shape ?? {}) as Record<string, z.ZodType>;
          const fields = new Set([
            ...Object.keys(example).filter((field) => typeof example[field] === "string"),
            ...Object.keys(shape).filter((field) => shape[field]?.safeParse("text").success),
          ]);
          expect(fields.size).toBeGreaterThan(0);
          for (const field of fields) {
            const response = await sandbox.call(op.method.toUpperCase(), path, {
              key,
              body: { ...example, [field]: `${typeof example[field] === "string" ? example[field] : "text"}\u0000` },
            });
            expect([response.status, response.json.error.code], field).toEqual([400, "validation_error"]);
            expect(response.json.error.details.map((detail: { field?: string }) => detail.field)).toContain(field);
          }
        } else {
          // A file: one cell at a time carries a NUL. A column the import ignores may still pass.
          const file = (op.requestBody?.example as { file?: string } | undefined)?.file ?? "";
          const [header = "", row = ""] = file.split("\n");
          const cells = row.split(",");
          const statuses = new Set<number>();
          for (const index of cells.keys()) {
            const poisoned = cells.map((cell, at) => (at === index ? `${cell}\u0000` : cell)).join(",");
            const form = new FormData();
            form.append("file", new File([`${header}\n${poisoned}\n`], "inventory.csv", { type: "text/csv" }));
            const response = await sandbox.call(op.method.toUpperCase(), path, { key, body: form });
            expect([201, 400], `cell ${index}: ${response.text}`).toContain(response.status);
            statuses.add(response.status);
          }
          expect(statuses).toContain(400);
        }
      },
    );
  });
}
