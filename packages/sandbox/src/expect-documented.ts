import { ErrorEnvelope } from "@portico/schemas/common";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";

/** An OpenAPI 3.1 document as served: plain JSON. */
export type OpenApiDocument = Record<string, unknown> & {
  servers?: { url: string }[];
  paths?: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown> };
};

interface OpenApiHeader {
  required?: boolean;
  schema?: Record<string, unknown>;
}

interface OpenApiOperation {
  operationId?: string;
  servers?: { url: string }[];
  responses?: Record<
    string,
    { headers?: Record<string, OpenApiHeader>; content?: Record<string, { schema?: unknown }> }
  >;
}

// ajv-formats ships CommonJS whose default export is the plugin itself.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

const validators = new WeakMap<OpenApiDocument, { ajv: Ajv2020; compiled: Map<string, ValidateFunction> }>();

/** The document's `#/components/schemas/X` references, pointed at `#/$defs/X` of a standalone schema. */
const toDefs = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/'));

function validatorFor(document: OpenApiDocument, key: string, schema: unknown): ValidateFunction {
  let entry = validators.get(document);
  if (!entry) {
    // Strict: a keyword the validator does not know fails the compile instead of being ignored.
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    // OpenAPI's own annotation, which JSON Schema 2020-12 does not define.
    ajv.addKeyword("example");
    entry = { ajv, compiled: new Map() };
    validators.set(document, entry);
  }
  let validate = entry.compiled.get(key);
  if (!validate) {
    const root = toDefs(schema) as Record<string, unknown>;
    validate = entry.ajv.compile({ ...root, $defs: toDefs(document.components?.schemas ?? {}) });
    entry.compiled.set(key, validate);
  }
  return validate;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The operation a concrete request path (with the server's base, e.g. `/sandbox/<product>/...`) is sent to. */
export function findOperation(document: OpenApiDocument, method: string, path: string) {
  const pathname = path.split("?")[0] ?? path;
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const operation = item[method.toLowerCase()];
    if (!operation) continue;
    const server = (operation.servers ?? document.servers ?? [{ url: "" }])[0]?.url ?? "";
    const pattern = `^${escapeRegExp(server + template).replace(/\\\{\w+\\\}/g, "[^/]+")}$`;
    if (new RegExp(pattern).test(pathname)) return { template, operation };
  }
  return undefined;
}

const baseType = (mediaType: string) => mediaType.split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * What is wrong with a response as `document` describes it: an undocumented status, a missing
 * required header, a header or body that does not match its schema (JSON paths named). Empty when
 * the response is documented exactly. A `body` of `undefined` is one that cannot be read (a
 * browser keeps no body for a redirect): status and headers are still checked.
 */
export function documentedProblems(
  document: OpenApiDocument,
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: string | undefined,
): string[] {
  const found = findOperation(document, method, path);
  if (!found) return [`${method.toUpperCase()} ${path}: no operation in the document`];
  const { template, operation } = found;
  const where = `${operation.operationId ?? `${method.toUpperCase()} ${template}`} ${status}`;
  const response = operation.responses?.[String(status)];
  if (!response) return [`${where}: status ${status} is not documented`];
  const problems: string[] = [];

  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`${where}: required header ${name} is missing`);
      continue;
    }
    if (!header.schema) continue;
    const integer = header.schema.type === "integer";
    if (integer && !/^-?\d+$/.test(value)) {
      problems.push(`${where}: header ${name} "${value}" is not an integer`);
      continue;
    }
    const validate = validatorFor(document, `${where} header ${name}`, header.schema);
    if (!validate(integer ? Number(value) : value)) {
      problems.push(`${where}: header ${name} "${value}" ${validate.errors?.map((e) => e.message).join(", ")}`);
    }
  }

  const content = response.content;
  if (body === undefined) return problems;
  if (!content) {
    if (body !== "") problems.push(`${where}: a body is sent but none is documented`);
    return problems;
  }
  const sentType = headers.get("content-type") ?? "";
  const media = Object.entries(content).find(([type]) => baseType(type) === baseType(sentType));
  if (!media) {
    problems.push(`${where}: Content-Type "${sentType}" is not documented (${Object.keys(content).join(", ")})`);
    return problems;
  }
  const [mediaType, { schema }] = media;
  if (schema === undefined) return problems;
  let instance: unknown = body;
  if (/[/+]json$/.test(baseType(mediaType))) {
    try {
      instance = JSON.parse(body);
    } catch {
      problems.push(`${where}: the body is not JSON`);
      return problems;
    }
  }
  const validate = validatorFor(document, `${where} ${mediaType}`, schema);
  if (!validate(instance)) {
    for (const error of validate.errors ?? []) {
      const params = JSON.stringify(error.params);
      problems.push(`${where}: body${error.instancePath || " (root)"} ${error.message} ${params}`);
    }
  }
  return problems;
}

/**
 * Fails (naming operation, status and JSON path) unless `document` documents this response
 * exactly: its status, every required header, and a body matching the schema, checked with a
 * JSON Schema 2020-12 validator (Ajv) rather than the Zod schemas the document came from.
 */
export function expectDocumented(
  document: OpenApiDocument,
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: string,
): void {
  const problems = documentedProblems(document, method, path, status, headers, body);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/**
 * What is wrong with the answer to a request deliberately off every document (an unknown route,
 * a wrong method), sent for `reason`: the request must not be one of `document`'s operations,
 * and the answer must be a refusal in the error envelope with an `X-Request-Id`.
 */
export function undocumentedProblems(
  document: OpenApiDocument | undefined,
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: string | undefined,
  reason: string,
): string[] {
  const request = `${method.toUpperCase()} ${path}`;
  if (reason.trim() === "") return [`${request}: an undocumented request needs a reason`];
  const described = document && findOperation(document, method, path);
  if (described) {
    const name = described.operation.operationId ?? described.template;
    return [`${request} is ${name} in the document; it cannot be marked undocumented`];
  }
  const where = `${request} ${status} (undocumented: ${reason})`;
  const problems: string[] = [];
  if (status < 400) problems.push(`${where}: an undocumented request must be refused, not answered ${status}`);
  if (!headers.get("x-request-id")) problems.push(`${where}: header X-Request-Id is missing`);
  if (body === undefined) return problems;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return [...problems, `${where}: the body is not JSON`];
  }
  for (const issue of ErrorEnvelope.safeParse(json).error?.issues ?? []) {
    problems.push(`${where}: body/${issue.path.join("/")} ${issue.message}`);
  }
  return problems;
}
