import { ErrorEnvelope } from "@portico/schemas/common";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodEnum, ZodLiteral, type z } from "zod";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
const keys = new Map<ProductId, string>();
/** Real ids standing in for the examples' ids, so example requests hit existing resources. */
const realIds = new Map<string, string>();

const withRealIds = (text: string) =>
  [...realIds].reduce((out, [example, real]) => out.replaceAll(example, real), text);

/**
 * Walks a documented example and a real answer side by side and records, for every id field
 * (`id`, `…Id`), which real id stands for the example's: a list's first item, a created resource.
 */
function learnIds(example: unknown, actual: unknown) {
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example[0] !== undefined && actual[0] !== undefined) learnIds(example[0], actual[0]);
    return;
  }
  if (typeof example !== "object" || example === null || typeof actual !== "object" || actual === null) return;
  for (const [field, value] of Object.entries(example)) {
    const real = (actual as Record<string, unknown>)[field];
    if (/^(id|\w+Id)$/.test(field) && typeof value === "string" && typeof real === "string") {
      if (!realIds.has(value)) realIds.set(value, real);
    } else learnIds(value, real);
  }
}

/** The example value of `field` anywhere in a documented example, for path parameters. */
function exampleValue(example: unknown, field: string): string | undefined {
  if (typeof example !== "object" || example === null) return undefined;
  const own = (example as Record<string, unknown>)[field];
  if (typeof own === "string") return own;
  for (const value of Object.values(example)) {
    const found = exampleValue(Array.isArray(value) ? value[0] : value, field);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A required query parameter's only sensible value: a literal's, or an enum's first. */
function requiredQuery(op: OperationSpec): string {
  const query = new URLSearchParams();
  for (const [name, schema] of Object.entries(op.query?.shape ?? {}) as [string, z.ZodType][]) {
    if (schema.safeParse(undefined).success) continue;
    if (schema instanceof ZodLiteral) query.set(name, String(schema.value));
    else if (schema instanceof ZodEnum) query.set(name, String(schema.options[0]));
  }
  return query.size > 0 ? `?${query}` : "";
}

/** The operation's own example request, aimed at this sandbox's real resources. */
function exampleRequest(product: ProductId, op: OperationSpec) {
  const base = op.server === "/sandbox" ? "" : `/${product}`;
  const success = Object.values(op.responses)[0]?.example;
  const path =
    base +
    op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      withRealIds(exampleValue(success, name) ?? exampleValue(success, "id") ?? name),
    ) +
    requiredQuery(op);
  const example = op.requestBody?.example;
  let body: unknown;
  if (op.requestBody?.contentType === "multipart/form-data") {
    body = new FormData();
    (body as FormData).append(
      "file",
      new File([(example as { file: string }).file], "inventory.csv", { type: "text/csv" }),
    );
  } else if (example !== undefined) {
    body = withRealIds(JSON.stringify(example));
  }
  return { path, body };
}

/**
 * Each product's lists are read, then its creations made, once, to learn which real ids stand for
 * the examples' ids; no product's resources are named here.
 */
beforeAll(async () => {
  sandbox = await createTestSandbox();
  for (const product of PRODUCT_IDS) {
    keys.set(product, await sandbox.apiKey(product));
    const own = operationsOf(product).filter((op) => op.authenticated !== false && !op.path.includes("{"));
    const lists = own.filter((op) => op.method === "get");
    const creations = own.filter((op) => op.method === "post" && op.requestBody?.contentType !== "multipart/form-data");
    for (const op of [...lists, ...creations]) {
      const { path, body } = exampleRequest(product, op);
      const response = await sandbox.call(op.method.toUpperCase(), path, { key: keys.get(product), body });
      expect(response.status, `${op.operationId}: ${response.text}`).toBeLessThan(300);
      learnIds(Object.values(op.responses)[0]?.example, response.json);
    }
  }
});
afterAll(() => sandbox.close());

const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

describe.each(PRODUCT_IDS)("the %s sandbox answers as its OpenAPI document says", (product) => {
  const documented = buildOpenApiDocument(product);

  it.each(operationsOf(product).map((op) => [op.operationId, op] as const))(
    "%s: documented success, matching body",
    async (_, op) => {
      const { path, body } = exampleRequest(product, op);
      const response = await sandbox.call(op.method.toUpperCase(), path, {
        key: op.authenticated === false ? undefined : keys.get(product),
        body,
        headers: { "x-forwarded-for": `contract-${op.operationId}` },
      });
      const [status, spec] = Object.entries(op.responses)[0] ?? [];
      expect(response.status, response.text).toBe(Number(status));
      expect(documented.paths?.[op.path]?.[op.method]?.responses?.[String(status)]).toBeDefined();
      if (isZod(spec?.schema)) expect(spec.schema.safeParse(response.json).error?.issues ?? []).toEqual([]);
      else expect(response.headers.get("content-type")).toBe(spec?.contentType);
      const location = response.headers.get("location");
      if (location !== null) {
        const followed = await sandbox.app.request(new URL(location, "http://sandbox.test/sandbox/keys"), {
          headers: { authorization: `Bearer ${keys.get(product)}` },
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
    const { path, body } = exampleRequest(product, op);
    const segments = op.path.split("/");
    for (const name of Object.keys(op.pathParams?.shape ?? {})) {
      const at = segments.indexOf(`{${name}}`);
      const malformed = path
        .split("/")
        .map((segment, i, all) => (i === all.length - segments.length + at ? "not-a-uuid" : segment))
        .join("/");
      const response = await sandbox.call(op.method.toUpperCase(), malformed, { key: keys.get(product), body });
      expect(response.status, `${malformed}: ${response.text}`).toBe(400);
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
    const { path, body } = exampleRequest(product, op);
    const response = await sandbox.call(op.method.toUpperCase(), path, { body });
    expect(response.status).toBe(401);
    expect(documented.paths?.[op.path]?.[op.method]?.responses?.["401"]).toBeDefined();
    expect(ErrorEnvelope.safeParse(response.json).success).toBe(true);
  });
});
