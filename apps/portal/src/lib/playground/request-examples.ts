import { schemaRegistry } from "@portico/schemas/registry";
import { parse as parseJsonc } from "jsonc-parser";
import { type OperationSpec, operationsFor, type ProductId, serverOf } from "./operations.ts";
import type { LinkedRequest } from "./playground-href.ts";

/**
 * The origin docs examples are written with (RFC 2606 reserves `.example`). Pages are prerendered,
 * so the browser swaps it for the origin that served the page; the Markdown twins keep it.
 */
export const PLACEHOLDER_ORIGIN = "https://portico.example";

/** A docs code block as the request it shows: the product's operation and what to fill in. */
export interface RequestExample {
  product: ProductId;
  op: OperationSpec;
  request: LinkedRequest;
  /** How the block was written: its own text is then the sample of that kind. */
  form: "json-body" | "request-line" | "curl";
}

/** A fenced block of a docs page: its language, the schema its meta names, its text. */
export interface CodeBlockSource {
  lang: string;
  schema?: string;
  code: string;
}

const JSON_LANGS = new Set(["json", "jsonc"]);
const SHELL_LANGS = new Set(["bash", "sh", "shell"]);
/** Headers the playground and every sample set themselves; a curl block's copies are not the request. */
const OWN_HEADERS = /^(authorization|content-type|accept)$/i;

/** Path parameters of `template` (`/carts/{cartId}`) read from `path`, or undefined when it does not match. */
function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part);
      return "([^/]+)";
    })
    .join("");
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
}

/**
 * The operation `METHOD path` calls. `path` is either relative to the product's sandbox server
 * (`/v1/items`, as request lines are written) or absolute (`/sandbox/<product>/v1/items`).
 */
function findByRoute(product: ProductId, method: string, path: string) {
  for (const op of operationsFor(product)) {
    if (op.method !== method.toLowerCase()) continue;
    const pathParams = matchPath(op.path, path) ?? matchPath(serverOf(product, op) + op.path, path);
    if (pathParams) return { op, pathParams };
  }
  return undefined;
}

/** Shell words of a command: quotes removed, `\`-newline joined, `$VARS` left as written. */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const text = command.replace(/\\\r?\n/g, " ");
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? "") + text.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? text.length : end;
    } else if (c === '"') {
      let j = i + 1;
      let part = "";
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\\" && /["\\$`]/.test(text[j + 1] ?? "")) j++;
        part += text[j];
      }
      word = (word ?? "") + part;
      i = j;
    } else if (c === "\\") {
      word = (word ?? "") + (text[i + 1] ?? "");
      i++;
    } else {
      word = (word ?? "") + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Options of curl that take a value; the rest used in docs (`-i`, `-s`) are flags. */
const CURL_VALUE_OPTIONS = new Set(["-X", "--request", "-H", "--header", "-d", "--data", "--data-raw", "-F", "--form"]);

/** What a `curl …` command sends: method, URL, headers, body. Undefined when it is not one curl call. */
export function parseCurl(command: string) {
  const [program, ...args] = shellWords(command.trim());
  if (program !== "curl") return undefined;
  let method: string | undefined;
  let url: string | undefined;
  let body: string | undefined;
  let multipart = false;
  const headers: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!CURL_VALUE_OPTIONS.has(arg)) {
      if (arg.startsWith("-")) continue;
      if (url !== undefined) return undefined;
      url = arg;
      continue;
    }
    const value = args[++i];
    if (value === undefined) return undefined;
    if (arg === "-X" || arg === "--request") method = value.toUpperCase();
    else if (arg === "-H" || arg === "--header") {
      const colon = value.indexOf(":");
      if (colon > 0) headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
    } else if (arg === "-F" || arg === "--form") multipart = true;
    else body = value;
  }
  if (url === undefined) return undefined;
  return { method: method ?? (body !== undefined || multipart ? "POST" : "GET"), url, headers, body };
}

/** `body` re-indented for the playground's editor; comments (`jsonc`) dropped. */
const prettyJson = (code: string) => JSON.stringify(parseJsonc(code), null, 2);

function fromJsonBody(product: ProductId, schemaName: string | undefined, code: string): RequestExample | undefined {
  const schema = schemaName ? schemaRegistry.get(schemaName) : undefined;
  const op = schema ? operationsFor(product).find((candidate) => candidate.requestBody?.schema === schema) : undefined;
  if (!op) return undefined;
  const request = { pathParams: {}, query: {}, headers: {}, body: prettyJson(code) };
  return { product, op, request, form: "json-body" };
}

function fromRequestLine(product: ProductId, code: string): RequestExample | undefined {
  const line = code.split("\n").find((text) => text.trim() !== "") ?? "";
  const match = /^([A-Z]+) (\/\S*)(?: HTTP\/[\d.]+)?$/.exec(line.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const url = new URL(match[2], PLACEHOLDER_ORIGIN);
  const found = findByRoute(product, match[1], url.pathname);
  if (!found) return undefined;
  const request = { pathParams: found.pathParams, query: Object.fromEntries(url.searchParams), headers: {}, body: "" };
  return { product, op: found.op, request, form: "request-line" };
}

function fromCurl(product: ProductId, code: string): RequestExample | undefined {
  const call = parseCurl(code);
  if (!call) return undefined;
  const url = new URL(call.url, PLACEHOLDER_ORIGIN);
  const found = findByRoute(product, call.method, url.pathname);
  if (!found) return undefined;
  const headers = Object.fromEntries(Object.entries(call.headers).filter(([name]) => !OWN_HEADERS.test(name)));
  let body = "";
  if (call.body !== undefined && found.op.requestBody) {
    try {
      body = JSON.stringify(JSON.parse(call.body), null, 2);
    } catch {
      body = call.body;
    }
  }
  const request = { pathParams: found.pathParams, query: Object.fromEntries(url.searchParams), headers, body };
  return { product, op: found.op, request, form: "curl" };
}

/**
 * The request a docs code block shows, matched against the page's product's operations: a JSON
 * body by the request schema it names, a request line (`GET /v1/items?limit=100`) and a
 * curl command by method and path. Anything else (a response, a CSV file) is no request.
 */
export function matchRequestExample(product: ProductId, block: CodeBlockSource): RequestExample | undefined {
  if (JSON_LANGS.has(block.lang)) return fromJsonBody(product, block.schema, block.code);
  if (block.lang === "http") return fromRequestLine(product, block.code);
  if (SHELL_LANGS.has(block.lang)) return fromCurl(product, block.code);
  return undefined;
}
