import { ErrorEnvelope } from "@portico/schemas/common";
import { documentedResponses } from "@portico/schemas/documented-responses";
import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { getProduct, isProductId, PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { schemaRegistry } from "@portico/schemas/registry";
import { validationErrorEnvelope } from "@portico/schemas/validation";
import type { z } from "zod";

export type { OperationSpec, ProductId };
export const PRODUCTS = PRODUCT_IDS;

export const isProduct = (value: string | null): value is ProductId => isProductId(value);

export const operationsFor = (product: ProductId) => operationsOf(product);

export function findOperation(product: ProductId, operationId: string | null): OperationSpec | undefined {
  return operationsOf(product).find((op) => op.operationId === operationId);
}

/** The first item's id of a list response, read the way the product's list envelope is shaped. */
export function firstIdOfList(product: ProductId, body: unknown): string | undefined {
  const page = body as { data?: { id?: unknown }[]; items?: { id?: unknown }[] } | null;
  const items = getProduct(product).conventions.list === "data-meta-pagination" ? page?.data : page?.items;
  const id = items?.[0]?.id;
  return typeof id === "string" ? id : undefined;
}

/** The credential in a `POST /sandbox/keys` answer that the product's requests send as Bearer. */
export function credentialOf(product: ProductId, data: Record<string, unknown>): string | undefined {
  const value = data[getProduct(product).sandboxKey.credentialField];
  return typeof value === "string" ? value : undefined;
}

/** The sandbox base path an operation is sent to. */
export const serverOf = (product: ProductId, op: OperationSpec) => op.server ?? getProduct(product).server;

const isZod = (schema: unknown): schema is z.ZodType =>
  typeof (schema as z.ZodType | undefined)?.safeParse === "function";

export const pathParamNames = (op: OperationSpec) => (op.pathParams ? Object.keys(op.pathParams.shape) : []);
export const queryParamNames = (op: OperationSpec) => (op.query ? Object.keys(op.query.shape) : []);

/** Path with its parameters filled in and the non-empty query appended. */
export function buildPath(
  product: ProductId,
  op: OperationSpec,
  pathParams: Record<string, string>,
  query: Record<string, string>,
) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name] ?? ""));
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ""));
  return `${serverOf(product, op)}${path}${search.size > 0 ? `?${search}` : ""}`;
}

/** One problem with the body, where it is, and the canonical field when the key was a known alias. */
export interface FieldIssue {
  where: string;
  message: string;
  suggestion?: string;
}

/**
 * Checks a JSON body against the operation's request schema with the same mapping the sandbox
 * uses, so the playground shows before sending exactly what the server would answer.
 */
export function checkBody(op: OperationSpec, text: string): FieldIssue[] {
  const schema = op.requestBody?.schema;
  if (!isZod(schema)) return [];
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return [{ where: "(body)", message: `Not valid JSON: ${(error as Error).message}` }];
  }
  const result = schema.safeParse(input);
  if (result.success) return [];
  return (validationErrorEnvelope(schema, input, result.error).error.details ?? []).map((detail) =>
    "field" in detail
      ? { where: detail.field || "(root)", message: detail.message }
      : {
          where: [detail.path, ...(detail.received ?? [])].filter(Boolean).join(".") || "(root)",
          message: detail.message,
          ...(detail.suggestion ? { suggestion: detail.suggestion } : {}),
        },
  );
}

const schemaNames = new Map([...schemaRegistry].map(([name, schema]) => [schema, name.split(".").at(-1) ?? name]));

export interface Verdict {
  /** The schema the response was checked against, or undefined when the status is not documented. */
  schemaName?: string;
  issues: { path: string; message: string }[];
}

/**
 * Checks a response body against the schema documented for its status (an error status against
 * its exact codes); an undocumented error status against the envelope.
 */
export function checkResponse(op: OperationSpec, status: number, body: unknown): Verdict {
  const documented = documentedResponses(op)[status]?.schema;
  const schema = isZod(documented) ? documented : status >= 400 ? ErrorEnvelope : undefined;
  if (!schema) return { issues: [] };
  const result = schema.safeParse(body);
  return {
    schemaName:
      schemaNames.get(schema) ??
      // An error is the envelope with the codes documented for this operation and status.
      (schema === ErrorEnvelope
        ? "ErrorEnvelope"
        : status >= 400
          ? `ErrorEnvelope (${op.operationId} ${status})`
          : op.operationId),
    issues: result.success
      ? []
      : result.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message })),
  };
}

/** The operation's own example body, pretty-printed, as the editor's starting text. */
export const exampleBody = (op: OperationSpec) =>
  op.requestBody && op.requestBody.contentType !== "multipart/form-data"
    ? JSON.stringify(op.requestBody.example, null, 2)
    : "";
