import { buildPath, exampleBody, type OperationSpec, type ProductId, pathParamNames } from "./operations.ts";
import type { SharedState } from "./share.ts";

/** What the request form holds; the file only for a multipart operation. */
export interface RequestFormState {
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  file: File | null;
}

/** A fresh form for the operation: the shared request when the link is for it, else its example. */
export function initialForm(product: ProductId, op: OperationSpec, shared: SharedState | undefined): RequestFormState {
  const fromLink = shared && shared.product === product && shared.operation === op.operationId ? shared : undefined;
  return {
    pathParams: fromLink?.pathParams ?? {},
    query: fromLink?.query ?? {},
    headers: fromLink?.headers ?? {},
    body: fromLink?.body ?? exampleBody(op),
    file: null,
  };
}

/**
 * The path parameters still blank. Every path parameter is required: sent blank, "Get an asset"
 * would request the collection (`/inventory/`) and be answered for the list.
 */
export const emptyPathParams = (op: OperationSpec, pathParams: Record<string, string>) =>
  pathParamNames(op).filter((name) => (pathParams[name] ?? "").trim() === "");

export const isMultipart = (op: OperationSpec) => op.requestBody?.contentType === "multipart/form-data";

/**
 * The request exactly as the form describes it: non-empty headers, the reader's key as Bearer on
 * authenticated operations, a JSON body or the chosen file as `file`, and never cookies.
 * `base` resolves the sandbox path (the page's origin in the browser).
 */
export function buildRequest(
  product: ProductId,
  op: OperationSpec,
  form: RequestFormState,
  key: string | undefined,
  base: string,
): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(form.headers)) if (value) headers.set(name, value);
  if (key && op.authenticated !== false) headers.set("authorization", `Bearer ${key}`);
  let body: BodyInit | undefined;
  if (isMultipart(op) && form.file) {
    const multipart = new FormData();
    multipart.append("file", form.file);
    body = multipart;
  } else if (op.requestBody) {
    headers.set("content-type", "application/json");
    body = form.body;
  }
  return new Request(new URL(buildPath(product, op, form.pathParams, form.query), base), {
    method: op.method.toUpperCase(),
    headers,
    body,
    credentials: "omit",
  });
}
