import { ErrorEnvelope } from "@portico/schemas/common";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type ExampleRequests, exampleRequests } from "./example-requests.ts";
import { expectDocumented, type OpenApiDocument } from "./expect-documented.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
let examples: ExampleRequests;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  examples = await exampleRequests(sandbox);
});
afterAll(() => sandbox.close());

const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

describe.each(PRODUCT_IDS)("the %s sandbox answers as its OpenAPI document says", (product) => {
  const documented = buildOpenApiDocument(product);
  const served: OpenApiDocument = JSON.parse(JSON.stringify(documented));

  it.each(operationsOf(product).map((op) => [op.operationId, op] as const))(
    "%s: documented success, matching body",
    async (_, op) => {
      const { path, body } = examples.request(product, op);
      const response = await sandbox.call(op.method.toUpperCase(), path, {
        key: op.authenticated === false ? undefined : examples.keys.get(product),
        body,
        headers: { "x-forwarded-for": `contract-${op.operationId}` },
      });
      const [status, spec] = Object.entries(op.responses)[0] ?? [];
      expect(response.status, response.text).toBe(Number(status));
      expectDocumented(served, op.method, `/sandbox${path}`, response.status, response.headers, response.text);
      expect(documented.paths?.[op.path]?.[op.method]?.responses?.[String(status)]).toBeDefined();
      if (isZod(spec?.schema)) expect(spec.schema.safeParse(response.json).error?.issues ?? []).toEqual([]);
      else expect(response.headers.get("content-type")).toBe(spec?.contentType);
      const location = response.headers.get("location");
      if (location !== null) {
        const followed = await sandbox.fetch(new URL(location, "http://sandbox.test/sandbox/keys"), {
          headers: { authorization: `Bearer ${examples.keys.get(product)}` },
        });
        expect(followed.status, `${op.operationId}: Location ${location}`).toBe(200);
      }
    },
  );

  it.each(
    operationsOf(product)
      .filter((op) => op.path.includes("{"))
      .map((op) => [op.operationId, op] as const),
  )("%s: a malformed path parameter is a 400 naming it, as the document's pattern says", async (_, op) => {
    expect(op.pathParams, "an operation with path parameters documents them").toBeDefined();
    const { path, body } = examples.request(product, op);
    const segments = op.path.split("/");
    for (const name of Object.keys(op.pathParams?.shape ?? {})) {
      const at = segments.indexOf(`{${name}}`);
      const malformed = path
        .split("/")
        .map((segment, i, all) => (i === all.length - segments.length + at ? "not-a-uuid" : segment))
        .join("/");
      const response = await sandbox.call(op.method.toUpperCase(), malformed, {
        key: examples.keys.get(product),
        body,
      });
      expect(response.status, `${malformed}: ${response.text}`).toBe(400);
      expectDocumented(served, op.method, `/sandbox${malformed}`, response.status, response.headers, response.text);
      expect(response.json.error).toMatchObject({
        code: "validation_error",
        message: "Path parameter validation failed",
        details: [expect.objectContaining({ field: name })],
      });
      expect(documented.paths?.[op.path]?.[op.method]?.responses?.["400"]).toBeDefined();
    }
  });

  it.each(
    operationsOf(product)
      .filter((op) => op.authenticated !== false)
      .map((op) => [op.operationId, op] as const),
  )("%s: documented 401 envelope without a key", async (_, op) => {
    const { path, body } = examples.request(product, op);
    const response = await sandbox.call(op.method.toUpperCase(), path, { body });
    expect(response.status).toBe(401);
    expectDocumented(served, op.method, `/sandbox${path}`, response.status, response.headers, response.text);
    expect(documented.paths?.[op.path]?.[op.method]?.responses?.["401"]).toBeDefined();
    expect(ErrorEnvelope.safeParse(response.json).success).toBe(true);
  });
});
