import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { ErrorEnvelope, IdempotencyKey, RequestId, SIMULATED_FAILURES, ValidationError } from "../common.ts";
import { getProduct, type ProductId } from "../products.ts";
import type { OperationSpec, ResponseSpec } from "./operation.ts";
import { operationsOf } from "./operations.ts";

const errorExample = (code: string, message: string) => ({ error: { code, message } });

/** The failures every operation can meet, added to its own responses. */
function standardErrors(op: OperationSpec): Record<number, ResponseSpec> {
  const writes = op.method !== "get";
  const authenticated = op.authenticated !== false;
  const idempotent = writes && op.idempotent !== false;
  const errors: Record<number, ResponseSpec> = {
    400: {
      description:
        "The request is malformed: invalid JSON, a field or parameter out of range, unknown keys (with the canonical field suggested), or an invalid cursor",
      schema: op.requestBody ? ValidationError : ErrorEnvelope,
      example: op.requestBody
        ? {
            error: {
              code: "validation_error",
              message: "Request body validation failed",
              details: [
                {
                  path: "",
                  code: "unrecognized_keys",
                  message: "Unsupported field(s): unexpectedField",
                  received: ["unexpectedField"],
                },
              ],
            },
          }
        : errorExample("invalid_cursor", "The cursor is not valid for this list and API key"),
    },
    429: {
      description: "Rate limited: wait for `Retry-After` seconds",
      schema: ErrorEnvelope,
      example: errorExample("rate_limited", "Rate limit of 25 requests per 1 s exceeded"),
    },
    500: {
      description: "Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists",
      schema: ErrorEnvelope,
      example: errorExample("internal_error", "Something went wrong on our side"),
    },
    503: {
      description: "Transient unavailability (502 and 504 alike): retry with capped exponential backoff",
      schema: ErrorEnvelope,
      example: errorExample("service_unavailable", "Service unavailable"),
    },
  };
  if (authenticated) {
    errors[401] = {
      description: "Missing, unknown or expired API key",
      schema: ErrorEnvelope,
      example: errorExample("unauthorized", "The API key is unknown or its sandbox has expired"),
    };
    errors[403] = {
      description: "The key may not do this (publishable key writing, or a missing scope)",
      schema: ErrorEnvelope,
      example: errorExample("forbidden", 'This API key lacks the "write" scope'),
    };
  }
  if (op.pathParams || writes)
    errors[404] = {
      description: "Not found in this workspace or tenant",
      schema: ErrorEnvelope,
      example: errorExample("not_found", "Cart was not found"),
    };
  if (op.requestBody) {
    errors[413] = {
      description: "The body is too large",
      schema: ErrorEnvelope,
      example: errorExample("payload_too_large", "The request body is too large"),
    };
    errors[415] = {
      description: "The body has another media type than documented",
      schema: ErrorEnvelope,
      example: errorExample("unsupported_media_type", "Send the body as application/json"),
    };
  }
  if (idempotent) {
    errors[409] = {
      description: "A request with this Idempotency-Key is still running",
      schema: ErrorEnvelope,
      example: errorExample("idempotency_key_in_use", "A request with this Idempotency-Key is still running"),
    };
    errors[422] = {
      description: "This Idempotency-Key was used with a different request",
      schema: ErrorEnvelope,
      example: errorExample("idempotency_key_reused", "This Idempotency-Key was used with a different request"),
    };
  }
  return errors;
}

const requestIdHeader = {
  description: "Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId`",
  schema: { type: "string" },
};

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
    Object.entries({ ...op.responses, ...standardErrors(op) }).map(([status, spec]) => {
      const isSuccess = Number(status) < 300;
      return [
        status,
        {
          description: spec.description,
          headers: {
            "X-Request-Id": requestIdHeader,
            ...(isSuccess && idempotent
              ? {
                  "Idempotent-Replayed": {
                    description:
                      "`true` when this is the stored response of an earlier request with the same Idempotency-Key",
                    schema: { type: "string", enum: ["true"] },
                  },
                }
              : {}),
            ...(Number(status) === 429 || Number(status) === 503
              ? { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } } }
              : {}),
            ...spec.headers,
          },
          ...(spec.schema
            ? { content: { [spec.contentType ?? "application/json"]: { schema: spec.schema, example: spec.example } } }
            : {}),
        },
      ];
    }),
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
    tags: [...new Set(operationsOf(product).map((op) => op.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A sandbox key from POST /sandbox/keys" },
      },
    },
    paths,
  });
}
