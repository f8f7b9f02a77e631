import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SIMULATED_FAILURES } from "../common.ts";
import { getProduct, PRODUCT_IDS } from "../products.ts";
import {
  buildOpenApiDocument,
  buildPorticoDocument,
  METHOD_NOT_ALLOWED_NOTE,
  SERVED_DOCUMENTS,
  servedDocument,
} from "./build-openapi.ts";
import { badRequestCodes, documentedResponses } from "./documented-responses.ts";
import { exampleProblems, type OpenApiDocument } from "./expect-documented.ts";
import { operationsOf, provisionOperation } from "./operations.ts";
import { porticoOperations } from "./portico-operations.ts";

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

describe("Portico's own document", () => {
  const doc = buildPorticoDocument();
  const served = JSON.parse(JSON.stringify(doc)) as OpenApiDocument;

  it("is OpenAPI 3.1 on the portal's origin, with the keys API from the products' provisioning operation", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "/", description: "The portal (same origin)" }]);
    const keys = doc.paths?.["/sandbox/keys"]?.post;
    const provision = provisionOperation();
    expect(keys?.operationId).toBe(provision.operationId);
    expect(Object.keys(keys?.responses ?? {})).toEqual(Object.keys(documentedResponses(provision)));
  });

  it("lists every route of the feedback API and the health probes once, under a unique operationId", () => {
    const routes = porticoOperations.map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(routes).toEqual([
      "POST /sandbox/keys",
      "POST /api/feedback",
      "POST /api/admin/session",
      "POST /api/admin/session/sign-out",
      "GET /api/admin/feedback",
      "GET /api/admin/feedback/export",
      "GET /api/admin/feedback/stats",
      "GET /api/admin/feedback/{id}",
      "PATCH /api/admin/feedback/{id}",
      "POST /api/admin/feedback/{id}",
      "GET /healthz",
      "GET /readyz",
    ]);
    const ids = porticoOperations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has examples that validate against the Zod schemas they illustrate", () => {
    for (const op of porticoOperations) {
      for (const [what, body] of [
        ["request", op.requestBody],
        ["form", op.formBody],
      ] as const) {
        if (body && isZod(body.schema)) {
          expect(body.schema.safeParse(body.example).error?.issues ?? [], `${op.operationId} ${what}`).toEqual([]);
        }
      }
      for (const [status, spec] of Object.entries(documentedResponses(op))) {
        if (isZod(spec.schema)) {
          expect(spec.schema.safeParse(spec.example).error?.issues ?? [], `${op.operationId} ${status}`).toEqual([]);
        }
      }
    }
  });

  it("declares X-Request-Id on every response and an example on every path parameter", () => {
    for (const op of porticoOperations) {
      const documented = doc.paths?.[op.path]?.[op.method];
      for (const [status, response] of Object.entries(documented?.responses ?? {})) {
        const declared = (response as { headers?: Record<string, { required?: boolean }> }).headers ?? {};
        expect(declared["X-Request-Id"]?.required, `${op.operationId} ${status}`).toBe(true);
      }
      for (const parameter of documented?.parameters ?? []) {
        if ("in" in parameter && parameter.in === "path") {
          expect(parameter.example, `${op.operationId} ${parameter.name}`).toBeDefined();
        }
      }
    }
  });

  it("opens the admin with the token or the session cookie, and says so on each admin read and change", () => {
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(["adminToken", "adminSession"]);
    for (const op of porticoOperations.filter((o) => o.path.startsWith("/api/admin/feedback"))) {
      const documented = served.paths?.[op.path]?.[op.method] as { security?: unknown; responses?: object };
      expect(documented.security, op.operationId).toEqual([{ adminToken: [] }, { adminSession: [] }]);
      expect(Object.keys(documented.responses ?? {}), op.operationId).toEqual(expect.arrayContaining(["401", "403"]));
    }
  });

  it("has its examples checked by a validator that would name a wrong one", () => {
    const broken = structuredClone(served);
    const media = broken.paths?.["/api/feedback"]?.post?.responses?.["201"]?.content?.["application/json"];
    if (!media) throw new Error("createFeedback 201 has no JSON example");
    media.example = { data: { id: "not-a-uuid", status: "new", createdAt: "2026-11-25T09:30:00.000Z" }, meta: {} };
    expect(exampleProblems(broken)).toEqual([
      expect.stringMatching(/^createFeedback 201 application\/json: example\/data\/id must match pattern/),
      expect.stringMatching(/^createFeedback 201 application\/json: example\/data\/id must match format "uuid"/),
      expect.stringMatching(
        /^createFeedback 201 application\/json: example\/meta must have required property 'requestId'/,
      ),
    ]);
  });

  it("answers a refused form post of feedback as HTML and every other refusal as the envelope", () => {
    const responses = served.paths?.["/api/feedback"]?.post?.responses ?? {};
    for (const [status, response] of Object.entries(responses)) {
      const types = Object.keys(response.content ?? {});
      if (Number(status) < 400) continue;
      expect(types, status).toEqual(status === "415" ? ["application/json"] : ["application/json", "text/html"]);
    }
  });
});

describe.each(SERVED_DOCUMENTS)("served document %s", (id) => {
  const served = JSON.parse(JSON.stringify(servedDocument(id))) as OpenApiDocument;

  it("has examples that validate against the document's own schemas (Ajv, JSON Schema 2020-12)", () => {
    expect(exampleProblems(served)).toEqual([]);
  });

  it("says how a method the path does not define is answered", () => {
    expect((served.info as { description: string }).description).toContain(METHOD_NOT_ALLOWED_NOTE);
  });
});
