import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { IdempotencyKey, RequestId, SIMULATED_FAILURES } from "../common.ts";
import { getProduct, isProductId, PRODUCT_IDS, type ProductId } from "../products.ts";
import { documentedResponses } from "./documented-responses.ts";
import type { OperationSpec } from "./operation.ts";
import { operationsOf, tagsOf, tagsWithDescriptions } from "./operations.ts";
import { ADMIN_SECURITY_SCHEMES, PORTICO_TAGS, porticoOperations } from "./portico-operations.ts";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/** What every served document says of the one response OpenAPI cannot declare. */
export const METHOD_NOT_ALLOWED_NOTE =
  "A method a path does not list is answered `405` with the error envelope (`method_not_allowed`), an `Allow` header naming the methods the path takes, and `X-Request-Id`; OpenAPI cannot declare a response for a method the path does not define, so it is said here.";

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
          ? {
              content: Object.fromEntries(
                [spec as Required<Pick<typeof spec, "schema">> & typeof spec, ...(spec.otherContent ?? [])].map(
                  (media) => [
                    media.contentType ?? "application/json",
                    { schema: media.schema, example: media.example },
                  ],
                ),
              ),
            }
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
    ...(op.security ? { security: op.security } : authenticated ? {} : { security: [] }),
    requestParams: {
      header,
      ...(op.pathParams ? { path: op.pathParams } : {}),
      ...(op.query ? { query: op.query } : {}),
    },
    ...(op.requestBody || op.formBody
      ? {
          requestBody: {
            required: true,
            content: {
              ...(op.requestBody
                ? {
                    [op.requestBody.contentType ?? "application/json"]: {
                      schema: op.requestBody.schema,
                      example: op.requestBody.example,
                    },
                  }
                : {}),
              ...(op.formBody
                ? Object.fromEntries(
                    FORM_TYPES.map((type) => [type, { schema: op.formBody?.schema, example: op.formBody?.example }]),
                  )
                : {}),
            },
          },
        }
      : {}),
    responses,
  } as ZodOpenApiOperationObject;
}

/** The paths object of `operations`, each operation under its path and method. */
function pathsOf(operations: readonly OperationSpec[]): ZodOpenApiPathsObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations) paths[op.path] = { ...paths[op.path], [op.method]: toOperation(op) };
  return paths;
}

/** The OpenAPI 3.1 document of one product, generated from the shared Zod schemas. */
export function buildOpenApiDocument(product: ProductId) {
  const api = getProduct(product);
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: api.name,
      version: "1.0.0",
      contact: { name: "Portico documentation team" },
      description: `${api.description}\n\nServed by the Portico sandbox: every request here really runs. ${METHOD_NOT_ALLOWED_NOTE}`,
    },
    servers: [{ url: api.server, description: "Portico sandbox (same origin)" }],
    security: [{ bearerAuth: [] }],
    tags: tagsOf(product),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A sandbox key from POST /sandbox/keys" },
      },
    },
    paths: pathsOf(operationsOf(product)),
  });
}

/** Id of Portico's own document among the served ones: `/openapi/portico.json`. */
export const PORTICO_DOCUMENT = "portico";

/**
 * The OpenAPI 3.1 document of Portico's own APIs (sandbox keys, feedback, the writers' admin),
 * built from the same schemas and conventions as the products' documents.
 */
export function buildPorticoDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Portico's own APIs",
      version: "1.0.0",
      contact: { name: "Portico documentation team" },
      description: `What the portal itself serves: sandbox keys for every product, reader feedback on docs pages, and the writers' feedback admin, which takes its token as a Bearer credential or the session cookie its sign-in sets. ${METHOD_NOT_ALLOWED_NOTE}`,
    },
    servers: [{ url: "/", description: "The portal (same origin)" }],
    tags: tagsWithDescriptions(porticoOperations, PORTICO_TAGS),
    components: { securitySchemes: ADMIN_SECURITY_SCHEMES },
    paths: pathsOf(porticoOperations),
  });
}

/** Every document the portal serves under `/openapi/<id>.json`: each product's, then Portico's own. */
export const SERVED_DOCUMENTS: readonly string[] = [...PRODUCT_IDS, PORTICO_DOCUMENT];

/** The served document `id` names, or undefined for any other id. */
export function servedDocument(id: string) {
  if (id === PORTICO_DOCUMENT) return buildPorticoDocument();
  return isProductId(id) ? buildOpenApiDocument(id) : undefined;
}
