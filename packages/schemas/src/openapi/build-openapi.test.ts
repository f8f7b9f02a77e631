import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SIMULATED_FAILURES } from "../common.ts";
import { getProduct, PRODUCT_IDS } from "../products.ts";
import { buildOpenApiDocument } from "./build-openapi.ts";
import { badRequestCodes, documentedResponses } from "./documented-responses.ts";
import { operationsOf } from "./operations.ts";

const products = PRODUCT_IDS;
const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

describe.each(products)("%s OpenAPI document", (product) => {
  const doc = buildOpenApiDocument(product);

  it("is OpenAPI 3.1 with the sandbox as its server", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: getProduct(product).server, description: "Portico sandbox (same origin)" }]);
  });

  it("lists every operation once, each with a unique operationId, a request and response example", () => {
    const ids = operationsOf(product).map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operationsOf(product)) {
      const documented = doc.paths?.[op.path]?.[op.method];
      expect(documented?.operationId, op.operationId).toBe(op.operationId);
      for (const [status, response] of Object.entries(documented?.responses ?? {})) {
        const content = Object.values((response as { content?: Record<string, { example?: unknown }> }).content ?? {});
        for (const media of content) expect(media.example, `${op.operationId} ${status}`).toBeDefined();
      }
      if (op.requestBody) expect(documented?.requestBody).toBeDefined();
    }
  });

  it("has examples that validate against the schemas they illustrate", () => {
    for (const op of operationsOf(product)) {
      if (op.requestBody && isZod(op.requestBody.schema)) {
        const result = op.requestBody.schema.safeParse(op.requestBody.example);
        expect(result.error?.issues ?? [], `${op.operationId} request`).toEqual([]);
      }
      for (const [status, spec] of Object.entries(documentedResponses(op))) {
        if (isZod(spec.schema)) {
          const result = spec.schema.safeParse(spec.example);
          expect(result.error?.issues ?? [], `${op.operationId} ${status}`).toEqual([]);
        }
      }
    }
  });

  it("says minProperties wherever the server refuses an empty object body", () => {
    const resolve = (schema: { $ref?: string } | undefined) =>
      (schema?.$ref ? doc.components?.schemas?.[schema.$ref.split("/").at(-1) ?? ""] : schema) as
        | { minProperties?: number; required?: string[] }
        | undefined;
    for (const op of operationsOf(product)) {
      if (!op.requestBody || !isZod(op.requestBody.schema) || op.requestBody.schema.safeParse({}).success) continue;
      const body = doc.paths?.[op.path]?.[op.method]?.requestBody as
        | { content: Record<string, { schema?: { $ref?: string } }> }
        | undefined;
      const schema = resolve(body?.content["application/json"]?.schema);
      const refusedBy = (schema?.minProperties ?? 0) > 0 || (schema?.required?.length ?? 0) > 0;
      expect(refusedBy, `${op.operationId}: {} is refused, so the document must say why`).toBe(true);
    }
  });

  it("documents the conventions' headers and errors on every operation", () => {
    for (const op of operationsOf(product)) {
      const documented = doc.paths?.[op.path]?.[op.method];
      const headers = (documented?.parameters ?? []).map((p) => ("name" in p ? p.name : ""));
      expect(headers, op.operationId).toContain("X-Request-Id");
      if (op.method !== "get" && op.idempotent !== false) expect(headers, op.operationId).toContain("Idempotency-Key");
      const statuses = Object.keys(documented?.responses ?? {});
      expect(statuses, op.operationId).toEqual(expect.arrayContaining(["400", "429", "500"]));
      if (op.authenticated !== false)
        expect(statuses, op.operationId).toEqual(expect.arrayContaining(["401", ...SIMULATED_FAILURES]));
      for (const [status, response] of Object.entries(documented?.responses ?? {})) {
        const declared = (response as { headers?: Record<string, { required?: boolean }> }).headers ?? {};
        expect(declared["X-Request-Id"]?.required, `${op.operationId} ${status}`).toBe(true);
      }
    }
  });

  it("gives every path parameter an example", () => {
    for (const op of operationsOf(product)) {
      const documented = doc.paths?.[op.path]?.[op.method];
      for (const parameter of documented?.parameters ?? []) {
        if ("in" in parameter && parameter.in === "path") {
          expect(parameter.example, `${op.operationId} ${parameter.name}`).toBeDefined();
        }
      }
    }
  });

  it("lists in each 400 exactly the codes the operation's schemas can produce", () => {
    const create = operationsOf(product).find((op) => op.requestBody && isZod(op.requestBody.schema));
    if (!create) return;
    const { detailed, plain } = badRequestCodes(create);
    expect(detailed).toContain("validation_error");
    expect(plain).toContain("invalid_json");
    const body = create.requestBody?.schema as z.ZodObject;
    const required = Object.entries(body.shape).filter(
      ([, field]) => !(field as z.ZodType).safeParse(undefined).success,
    );
    expect(detailed.filter((code) => code.startsWith("missing_"))).toHaveLength(required.length);
  });
});
