import { parseWith } from "@portico/http/body";
import { ApiError } from "@portico/http/errors";
import { idempotencyKeyError } from "@portico/http/idempotency";
import { ErrorEnvelope } from "@portico/schemas/common";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { getProduct, PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { z } from "zod";
import { checkBody, findOperation, serverOf } from "@/lib/playground/operations";
import { defineTool } from "./tool";

export const ProductParam = z.enum(PRODUCT_IDS as [ProductId, ...ProductId[]]).meta({ description: "API product id" });
export const OperationIdParam = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
  .max(100)
  .meta({ description: "An operationId from list_operations, e.g. createCart" });
const Params = z.record(z.string().max(200), z.string().max(2000));

/** The operation, or the 404 a tool answers for an id the product does not have. */
export function operationOrThrow(product: ProductId, operationId: string): OperationSpec {
  const op = findOperation(product, operationId);
  if (!op) throw new ApiError(404, "not_found", `The ${product} operation ${operationId} was not found`);
  return op;
}

const sendsIdempotencyKey = (op: OperationSpec) => op.method !== "get" && op.idempotent !== false;
const paginated = (op: OperationSpec) => op.query !== undefined && "cursor" in op.query.shape;

const PAGINATION: Record<ReturnType<typeof getProduct>["conventions"]["list"], string> = {
  "data-meta-pagination":
    "The answer is {data, meta: {pagination: {cursor, hasMore, limit}}}: send meta.pagination.cursor back as ?cursor= (with the same filters) until it is null; the order is stable.",
  "items-next-cursor":
    "The answer is {items, nextCursor, hasMore}: send nextCursor back as ?cursor= (with the same filters) while hasMore is true; the order is stable.",
};

/** The written conventions that govern one operation, in the words an assistant can act on. */
function conventionsOf(product: ProductId, op: OperationSpec, origin: string) {
  const { conventions } = getProduct(product);
  return {
    idempotency: sendsIdempotencyKey(op)
      ? "Send an Idempotency-Key header (1 to 255 printable ASCII characters) and reuse it on every retry: the same key and body within 24 hours answer the stored response with Idempotent-Replayed: true; the same key with another body is 422 idempotency_key_reused; while the first is still running, 409 idempotency_key_in_use."
      : null,
    pagination: paginated(op) ? PAGINATION[conventions.list] : null,
    errorEnvelope: `Every non-2xx answer is {error: {code, message, details?}}; validation_error details name each field, and an unknown key gets a suggestion of the canonical field.${conventions.errorsHref ? ` Codes: ${new URL(conventions.errorsHref, origin).href}` : ""}`,
    authentication:
      op.authenticated === false
        ? null
        : "Authorization: Bearer <key from create_sandbox_key>; every request counts against the key's rate limit (RateLimit headers, 429 with Retry-After).",
  };
}

const Conventions = z.strictObject({
  idempotency: z.string().nullable(),
  pagination: z.string().nullable(),
  errorEnvelope: z.string(),
  authentication: z.string().nullable(),
});

const OperationSummary = z.strictObject({
  operationId: z.string(),
  method: z.enum(["GET", "POST", "PATCH"]),
  path: z.string().meta({ description: "Path on the portal, under the product's sandbox" }),
  summary: z.string(),
  tag: z.string(),
  idempotencyKey: z.boolean().meta({ description: "Whether the operation takes Idempotency-Key" }),
  paginated: z.boolean(),
});

const summarize = (product: ProductId, op: OperationSpec): z.infer<typeof OperationSummary> => ({
  operationId: op.operationId,
  method: op.method.toUpperCase() as "GET" | "POST" | "PATCH",
  path: `${serverOf(product, op)}${op.path}`,
  summary: op.summary,
  tag: op.tag,
  idempotencyKey: sendsIdempotencyKey(op),
  paginated: paginated(op),
});

export const listOperations = defineTool({
  name: "list_operations",
  title: "List a product's operations",
  description:
    "Every operation of an API product from its served OpenAPI document: operationId, method, path, summary, and whether it takes Idempotency-Key or pages with a cursor.",
  input: z.strictObject({ product: ProductParam }),
  output: z.strictObject({
    product: z.string(),
    name: z.string(),
    openApiUrl: z.url(),
    referenceUrl: z.url(),
    operations: z.array(OperationSummary),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ product }, deps) {
    return {
      product,
      name: getProduct(product).name,
      openApiUrl: new URL(`/openapi/${product}.json`, deps.origin).href,
      referenceUrl: new URL(`/${product}/reference`, deps.origin).href,
      operations: operationsOf(product).map((op) => summarize(product, op)),
    };
  },
});

const documents = new Map<ProductId, ReturnType<typeof buildOpenApiDocument>>();
const documentOf = (product: ProductId) => {
  let document = documents.get(product);
  if (!document) {
    document = buildOpenApiDocument(product);
    documents.set(product, document);
  }
  return document;
};

/** The component schemas `value` refers to, and theirs in turn, so the operation reads on its own. */
function referencedSchemas(value: unknown, all: Record<string, unknown>, found: Record<string, unknown> = {}) {
  const text = JSON.stringify(value);
  for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
    if (name === undefined || name in found || !(name in all)) continue;
    found[name] = all[name];
    referencedSchemas(all[name], all, found);
  }
  return found;
}

export const getOperation = defineTool({
  name: "get_operation",
  title: "Describe an operation",
  description:
    "One operation exactly as the served OpenAPI document declares it (parameters, request body, every response with its schema and example), the component schemas it refers to, and the conventions that apply: idempotency, pagination style, error envelope, authentication.",
  input: z.strictObject({ product: ProductParam, operationId: OperationIdParam }),
  output: z.strictObject({
    ...OperationSummary.shape,
    description: z.string(),
    conventions: Conventions,
    openapi: z.record(z.string(), z.unknown()).meta({ description: "The OpenAPI 3.1 operation object" }),
    schemas: z.record(z.string(), z.unknown()).meta({ description: "components.schemas it refers to" }),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ product, operationId }, deps) {
    const op = operationOrThrow(product, operationId);
    const document = documentOf(product);
    const openapi = (document.paths?.[op.path] as Record<string, Record<string, unknown>> | undefined)?.[op.method];
    if (!openapi) throw new ApiError(404, "not_found", `The ${product} operation ${operationId} was not found`);
    const all = (document.components?.schemas ?? {}) as Record<string, unknown>;
    return {
      ...summarize(product, op),
      description: op.description,
      conventions: conventionsOf(product, op, deps.origin),
      openapi,
      schemas: referencedSchemas(openapi, all),
    };
  },
});

const Location = z.enum(["headers", "path", "query", "body"]);
const Issue = z.strictObject({
  location: Location,
  where: z.string(),
  message: z.string(),
  suggestion: z.string().optional().meta({ description: "The canonical field to use instead" }),
});

/** An envelope's details as issues at `location`. */
const issuesOf = (location: z.infer<typeof Location>, envelope: ErrorEnvelope) =>
  (envelope.error.details ?? []).map((detail) =>
    "field" in detail
      ? { location, where: detail.field || "(root)", message: detail.message }
      : {
          location,
          where: [detail.path, ...(detail.received ?? [])].filter(Boolean).join(".") || "(root)",
          message: detail.message,
          ...(detail.suggestion ? { suggestion: detail.suggestion } : {}),
        },
  );

/** The 400 `parse` throws, or undefined when it passes. */
function refusal(parse: () => unknown): ApiError | undefined {
  try {
    parse();
    return undefined;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

const headerNamed = (headers: Record<string, string>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

export const validateRequest = defineTool({
  name: "validate_request",
  title: "Check a request before sending it",
  description:
    "Checks a candidate request (path and query parameters, headers, JSON body) against the operation's shared schemas with the sandbox's own parsers, without sending anything: every issue, each unknown key with the canonical field to use (application_id → applicationId), and the exact error the sandbox would answer first. Authentication is not checked.",
  input: z.strictObject({
    product: ProductParam,
    operationId: OperationIdParam,
    pathParams: Params.optional(),
    query: Params.optional(),
    headers: Params.optional().meta({ description: "Request headers; Idempotency-Key is checked" }),
    body: z.unknown().optional().meta({ description: "The JSON body, as a value (not a string)" }),
  }),
  output: z.strictObject({
    valid: z.boolean(),
    issues: z.array(Issue),
    answer: z
      .strictObject({ status: z.number().int(), body: ErrorEnvelope })
      .nullable()
      .meta({ description: "What the sandbox would answer (its first refusal), or null when it would accept it" }),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ product, operationId, pathParams = {}, query = {}, headers = {}, body }) {
    const op = operationOrThrow(product, operationId);
    const checks: [z.infer<typeof Location>, ApiError | undefined][] = [];
    const key = headerNamed(headers, "Idempotency-Key");
    if (key !== undefined && sendsIdempotencyKey(op)) checks.push(["headers", idempotencyKeyError(key)]);
    // The sandbox reads them in this order: path, query, then the body.
    if (op.pathParams)
      checks.push(["path", refusal(() => parseWith(op.pathParams as z.ZodObject, pathParams, "path"))]);
    if (op.query) checks.push(["query", refusal(() => parseWith(op.query as z.ZodObject, query, "query"))]);
    const issues: z.infer<typeof Issue>[] = [];
    const json = op.requestBody && op.requestBody.contentType !== "multipart/form-data";
    if (json && body === undefined) {
      checks.push(["body", new ApiError(415, "unsupported_media_type", "Send the body as application/json")]);
      issues.push({ location: "body", where: "(body)", message: "This operation takes a JSON body" });
    } else if (json) {
      checks.push(["body", refusal(() => parseWith(op.requestBody?.schema as z.ZodType, body))]);
      // The playground's own check, which the reader's browser runs before sending.
      issues.push(...checkBody(op, JSON.stringify(body)).map((issue) => ({ location: "body" as const, ...issue })));
    }
    const refusals = checks.filter((check): check is [z.infer<typeof Location>, ApiError] => check[1] !== undefined);
    const beforeBody = refusals.filter(([location]) => location !== "body");
    issues.unshift(
      ...beforeBody.flatMap(([location, error]) => {
        const envelope = error.toEnvelope();
        const found = issuesOf(location, envelope);
        return found.length > 0 ? found : [{ location, where: "Idempotency-Key", message: envelope.error.message }];
      }),
    );
    const first = refusals[0]?.[1];
    return {
      valid: refusals.length === 0,
      issues,
      answer: first ? { status: first.status, body: first.toEnvelope() } : null,
    };
  },
});
