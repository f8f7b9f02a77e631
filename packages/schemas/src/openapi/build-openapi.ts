import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { IdempotencyKey, RequestId, SIMULATED_FAILURES } from "../common.ts";
import { getProduct, type ProductId } from "../products.ts";
import { documentedResponses } from "./documented-responses.ts";
import type { OperationSpec } from "./operation.ts";
import { operationsOf, tagsOf } from "./operations.ts";

function toOperation(op: OperationSpec): ZodOpenApiOperationObject {
  const writes = op.method !== "get";
  const idempotent = writes && op.idempotent !== false;
  const authenticated = op.authenticated !== false;
  const header = z.object({
    ...(idempotent
      ? {
          "Idempotency-Key": IdempotencyKey.optional().meta({
            description: "Makes the write replay-safe for 24 hours; reuse it on every retry of the same request",
          }),
        }
      : {}),
    "X-Request-Id": RequestId.optional().meta({
      description: "Client-generated correlation id, echoed and kept in audit trails",
    }),
    ...(authenticated
      ? {
          "X-Sandbox-Simulate": z
            .enum(SIMULATED_FAILURES)
            .optional()
            .meta({ description: "Sandbox only: answer with this retryable failure without doing anything" }),
        }
      : {}),
  });
  const responses = Object.fromEntries(
    Object.entries(documentedResponses(op)).map(([status, spec]) => [
      status,
      {
        description: spec.description,
        headers: spec.headers,
        ...(spec.schema
          ? { content: { [spec.contentType ?? "application/json"]: { schema: spec.schema, example: spec.example } } }
          : {}),
      },
    ]),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [op.tag],
    ...(op.server ? { servers: [{ url: op.server }] } : {}),
    ...(authenticated ? {} : { security: [] }),
    requestParams: {
      header,
      ...(op.pathParams ? { path: op.pathParams } : {}),
      ...(op.query ? { query: op.query } : {}),
    },
    ...(op.requestBody
      ? {
          requestBody: {
            required: true,
            content: {
              [op.requestBody.contentType ?? "application/json"]: {
                schema: op.requestBody.schema,
                example: op.requestBody.example,
              },
            },
          },
        }
      : {}),
    responses,
  } as ZodOpenApiOperationObject;
}

/** The OpenAPI 3.1 document of one product, generated from the shared Zod schemas. */
export function buildOpenApiDocument(product: ProductId) {
  const api = getProduct(product);
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operationsOf(product)) {
    paths[op.path] = { ...paths[op.path], [op.method]: toOperation(op) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: api.name,
      version: "1.0.0",
      contact: { name: "Portico documentation team" },
      description: `${api.description}\n\nServed by the Portico sandbox: every request here really runs.`,
    },
    servers: [{ url: api.server, description: "Portico sandbox (same origin)" }],
    security: [{ bearerAuth: [] }],
    tags: tagsOf(product),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A sandbox key from POST /sandbox/keys" },
      },
    },
    paths,
  });
}
