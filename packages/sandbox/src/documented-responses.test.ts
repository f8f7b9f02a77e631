import { sha256 } from "@portico/http/hash";
import { SIMULATED_FAILURES } from "@portico/schemas/common";
import { expectDocumented, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { failingDb } from "@portico/store/testing";
import { StoreUnavailableError } from "@portico/store/unavailable";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { basePathOf, type ExampleRequests, exampleRequests, requiredQuery } from "./example-requests.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
let examples: ExampleRequests;
/** A sandbox whose keys have one request each, and which provisions no more sandboxes. */
let limited: TestSandbox;
const limitedKeys = new Map<ProductId, string>();
/** Per product, a key that passes no permission check: publishable, without scopes. */
const restricted = new Map<ProductId, string>();
/** Sandboxes whose every query fails: the database down (503), and a bug (500). */
let down: TestSandbox;
let broken: TestSandbox;
/** A sandbox whose every quota drops to 0 once its example resources exist, and its example requests. */
let full: TestSandbox;
let fullExamples: ExampleRequests;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  examples = await exampleRequests(sandbox);
  for (const product of PRODUCT_IDS) {
    const key = await sandbox.apiKey(product);
    await sandbox.store.db
      .updateTable("apiKeys")
      .set({ kind: "publishable", scopes: "" })
      .where("keyHash", "=", sha256(key))
      .execute();
    restricted.set(product, key);
  }
  limited = await createTestSandbox("sqlite", {
    rateLimit: { points: 1, duration: 600 },
    provisionsPer10Minutes: PRODUCT_IDS.length,
    provisionsOverallPer10Minutes: PRODUCT_IDS.length,
  });
  for (const product of PRODUCT_IDS) limitedKeys.set(product, await limited.apiKey(product));
  down = await createTestSandbox();
  down.store.db = failingDb(new StoreUnavailableError("the test's database is down"));
  broken = await createTestSandbox();
  broken.store.db = failingDb(new Error("a bug in a query"));
  const quotas: Record<string, number> = {};
  full = await createTestSandbox("sqlite", { quotas });
  fullExamples = await exampleRequests(full);
  for (const product of PRODUCT_IDS) {
    for (const { quota } of operationsOf(product)) if (quota) quotas[quota.name] = 0;
  }
});
afterAll(async () => {
  await sandbox.close();
  await limited.close();
  await down.close();
  await broken.close();
  await full.close();
});

interface Variant {
  path?: string;
  body?: unknown;
  /** The bearer credential; `""` sends none. */
  key?: string;
  headers?: Record<string, string>;
}

/** The `error.code` values a documented 400 lists, from its schema's enums. */
function declaredCodes(schema: unknown): string[] {
  const error = (schema as { properties?: { error?: { anyOf?: unknown[] } } }).properties?.error;
  const branches = (error?.anyOf ?? [error]) as { properties?: { code?: { enum?: string[] } } }[];
  return branches.flatMap((branch) => branch.properties?.code?.enum ?? []);
}

const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

/** The example body with every id field (`…Id`) pointing at nothing, or undefined when it has none. */
function withUnknownIds(body: string): string | undefined {
  let replaced = false;
  const text = JSON.stringify(JSON.parse(body), (field, value) => {
    if (/^\w+Id$/.test(field) && typeof value === "string") {
      replaced = true;
      return uuidv7();
    }
    return value;
  });
  return replaced ? text : undefined;
}

describe.each(PRODUCT_IDS)("every response of the %s sandbox is documented", (product) => {
  const served: OpenApiDocument = JSON.parse(JSON.stringify(buildOpenApiDocument(product)));

  it.each(operationsOf(product).map((op) => [op.operationId, op] as const))(
    "%s: each failure it can meet is documented exactly, and each documented one is met",
    async (_, op: OperationSpec) => {
      const authenticated = op.authenticated !== false;
      const idempotent = op.method !== "get" && op.idempotent !== false;
      const example = examples.request(product, op);
      const observed = new Set<string>();
      const codes = new Set<string>();
      const conflicts = new Set<string>();

      const send = async (target: TestSandbox, variant: Variant = {}) => {
        const path = variant.path ?? example.path;
        const response = await target.call(op.method.toUpperCase(), path, {
          key: variant.key ?? (authenticated ? examples.keys.get(product) : undefined),
          body: "body" in variant ? variant.body : example.body,
          headers: { "x-forwarded-for": `documented-${op.operationId}`, ...variant.headers },
        });
        expectDocumented(served, op.method, `/sandbox${path}`, response.status, response.headers, response.text);
        observed.add(String(response.status));
        if (response.status === 400) codes.add(response.json.error.code);
        if (response.status === 409) conflicts.add(response.json.error.code);
        return response;
      };

      await send(sandbox);
      if (authenticated) {
        for (const simulated of SIMULATED_FAILURES)
          await send(sandbox, { headers: { "x-sandbox-simulate": simulated } });
        await send(sandbox, { headers: { "x-sandbox-simulate": "418" } });
        await send(sandbox, { key: "" });
        await send(sandbox, { key: restricted.get(product) });
      }
      if (op.pathParams) {
        const query = requiredQuery(op);
        const unknown = op.path.replace(/\{\w+\}/g, () => uuidv7());
        await send(sandbox, { path: `${basePathOf(product, op)}${unknown}${query.size > 0 ? `?${query}` : ""}` });
      }

      const [pathname, search = ""] = example.path.split("?");
      const withQuery = (change: (query: URLSearchParams) => void) => {
        const query = new URLSearchParams(search);
        change(query);
        return `${pathname}${query.size > 0 ? `?${query}` : ""}`;
      };
      if (op.query) {
        await send(sandbox, { path: withQuery((q) => q.set("unexpectedParameter", "1")) });
        if ("cursor" in op.query.shape) await send(sandbox, { path: withQuery((q) => q.set("cursor", "abc.def")) });
        for (const name of requiredQuery(op).keys()) await send(sandbox, { path: withQuery((q) => q.delete(name)) });
      }

      let different: unknown;
      if (op.requestBody) {
        if (typeof example.body === "string") {
          const body = JSON.parse(example.body) as Record<string, unknown>;
          different = JSON.stringify({ ...body, unexpectedField: 1 });
          await send(sandbox, { body: "{" });
          await send(sandbox, { body: different });
          if (isZod(op.requestBody.schema) && "shape" in op.requestBody.schema) {
            const shape = (op.requestBody.schema as z.ZodObject).shape as Record<string, z.ZodType>;
            for (const [field, schema] of Object.entries(shape)) {
              if (schema.safeParse(undefined).success) continue;
              const { [field]: _left, ...rest } = body;
              await send(sandbox, { body: JSON.stringify(rest) });
            }
          }
          const unknownIds = withUnknownIds(example.body);
          if (op.notFound && unknownIds) await send(sandbox, { body: unknownIds });
        } else {
          different = new FormData();
          await send(sandbox, { body: new FormData() });
        }
        await send(sandbox, { body: "x", headers: { "content-type": "text/plain" } });
        const large = JSON.stringify({ padding: "x".repeat(70 * 1024) });
        await send(sandbox, { body: large, headers: { "content-length": String(large.length) } });
      }

      if (idempotent) {
        await send(sandbox, { headers: { "idempotency-key": "k".repeat(256) } });
        const reused = `reused-${op.operationId}`;
        await send(sandbox, { headers: { "idempotency-key": reused } });
        await send(sandbox, { headers: { "idempotency-key": reused } });
        await send(sandbox, { body: different, headers: { "idempotency-key": reused } });
        const running = `running-${op.operationId}`;
        const release = await sandbox.holdIdempotencyKey(examples.keys.get(product) ?? "", running);
        await send(sandbox, { headers: { "idempotency-key": running } });
        await release();
      }

      const first = await send(limited, { key: authenticated ? limitedKeys.get(product) : "" });
      const second = await send(limited, { key: authenticated ? limitedKeys.get(product) : "" });
      expect([first.status, second.status]).toContain(429);

      if (op.quota) {
        const { path, body } = fullExamples.request(product, op);
        const over = await send(full, { path, body, key: fullExamples.keys.get(product) });
        expect([over.status, over.json.error.code]).toEqual([409, "quota_exceeded"]);
      }

      const outage = await send(down);
      expect(outage.status).toBe(503);
      expect(outage.headers.get("retry-after")).toBe("5");
      expect((await send(broken)).status).toBe(500);

      const documented = served.paths?.[op.path]?.[op.method]?.responses ?? {};
      expect([...observed].sort(), "statuses met").toEqual(Object.keys(documented).sort());
      const badRequest = documented["400"]?.content?.["application/json"]?.schema;
      expect([...codes].sort(), "400 codes met").toEqual(declaredCodes(badRequest).sort());
      const conflict = documented["409"]?.content?.["application/json"]?.schema;
      expect([...conflicts].sort(), "409 codes met").toEqual(conflict ? declaredCodes(conflict).sort() : []);
    },
  );
});
