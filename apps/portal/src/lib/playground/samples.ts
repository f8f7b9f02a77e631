import { typescriptSample } from "@portico/api-client/typescript-sample";
import { isMultipart, type RequestFormState } from "./build-request.ts";
import { buildPath, type OperationSpec, type ProductId, serverOf } from "./operations.ts";

/**
 * Exactly the request on screen, with the key left as an environment variable. The TypeScript
 * sample is written by the client it calls (`@portico/api-client/typescript-sample`), so the
 * client's pack test runs the very sample the playground shows.
 */
export interface SampleRequest {
  product: ProductId;
  method: string;
  origin: string;
  /** Path from the sandbox base, e.g. `/api/v1/carts/{cartId}` (openapi-fetch style). */
  templatePath: string;
  /** The full request path with parameters and query, e.g. `/sandbox/<product>/<path>?limit=25`. */
  path: string;
  server: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  multipart?: boolean;
  /** Whether the operation takes the key; `POST /sandbox/keys`, which hands one out, does not. */
  authenticated: boolean;
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
const nonEmpty = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ""));

export function curlSample(request: SampleRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(request.origin + request.path)}`];
  if (request.authenticated) lines.push(`  -H "Authorization: Bearer $PORTICO_API_KEY"`);
  for (const [name, value] of Object.entries(nonEmpty(request.headers)))
    lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  if (request.multipart) lines.push(`  -F 'file=@inventory.csv;type=text/csv'`);
  else if (request.body) lines.push(`  -H 'Content-Type: application/json'`, `  --data ${shellQuote(request.body)}`);
  return lines.join(" \\\n");
}

/** A JSON value as a Python literal: strings stay strings, only true/false/null change. */
function pythonLiteral(value: unknown, indent = ""): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + pythonLiteral(item, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pythonLiteral(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function pythonSample(request: SampleRequest): string {
  const headers = {
    ...(request.authenticated ? { Authorization: "Bearer " + "{PORTICO_API_KEY}" } : {}),
    ...nonEmpty(request.headers),
  };
  const sendsHeaders = Object.keys(headers).length > 0;
  const lines = [
    ...(request.authenticated ? ["import os"] : []),
    "import requests",
    "",
    ...(sendsHeaders
      ? [
          `headers = ${JSON.stringify(headers, null, 4).replace('"Bearer {PORTICO_API_KEY}"', "f\"Bearer {os.environ['PORTICO_API_KEY']}\"")}`,
        ]
      : []),
  ];
  const call = [
    `requests.${request.method.toLowerCase()}(`,
    `    ${JSON.stringify(request.origin + request.path)},`,
    ...(sendsHeaders ? ["    headers=headers,"] : []),
  ];
  if (request.multipart) call.push(`    files={"file": ("inventory.csv", open("inventory.csv", "rb"), "text/csv")},`);
  else if (request.body) {
    let literal: string;
    try {
      literal = pythonLiteral(JSON.parse(request.body), "    ");
    } catch {
      literal = JSON.stringify(request.body);
    }
    call.push(`    json=${literal},`);
  }
  call.push("    timeout=30,", ")");
  lines.push(
    `response = ${call.join("\n")}`,
    'print(response.status_code, response.headers.get("X-Request-Id"))',
    "print(response.json())",
  );
  return lines.join("\n");
}

/** The samples the playground and the docs offer, in tab order, each with its Shiki language. */
export const SAMPLE_LANGUAGES = [
  { id: "curl", label: "curl", lang: "bash", write: curlSample },
  { id: "ts", label: "TypeScript", lang: "typescript", write: typescriptSample },
  { id: "python", label: "Python", lang: "python", write: pythonSample },
] as const;
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number]["id"];

/** What a sample writer needs of an operation and the request form, sent from `origin`. */
export function sampleRequest(
  product: ProductId,
  op: OperationSpec,
  form: Pick<RequestFormState, "pathParams" | "query" | "headers" | "body">,
  origin: string,
): SampleRequest {
  const { pathParams, query, headers, body } = form;
  return {
    product,
    method: op.method.toUpperCase(),
    origin,
    templatePath: op.path,
    path: buildPath(product, op, pathParams, query),
    server: serverOf(product, op),
    pathParams,
    query,
    headers,
    body: op.requestBody ? body : undefined,
    multipart: isMultipart(op),
    authenticated: op.authenticated !== false,
  };
}
