import type { OperationSpec } from "@portico/schemas/operations";
import type { ProductId } from "@portico/schemas/products";
import fc from "fast-check";
import type { z } from "zod";
import { basePathOf } from "./example-requests.ts";

/** One operation of one product, with its example request aimed at two sandboxes' real resources. */
export interface Target {
  product: ProductId;
  op: OperationSpec;
  /** The example request with this sandbox's ids. */
  own: { path: string; body: unknown };
  /** The same request with another sandbox's ids: a foreign id must be 404, never someone else's data. */
  foreign: { path: string; body: unknown };
  /** Real cursors: this list's own walk, another sandbox's walk of it, the key's walk of another list. */
  cursors: string[];
}

/** The keys a request may carry for a product. */
export interface Credentials {
  own: string;
  /** A key of the same product's other sandbox. */
  foreignSandbox: string;
  /** A key that passes no permission check (publishable, no scopes). */
  restricted: string;
  /** A valid key of another product, which this product must not accept. */
  otherProduct: string;
  /** A key whose sandbox has expired. */
  expired: string;
}

/** A multipart part as sent: a file (with a filename) or a plain field. */
export interface Part {
  name: string;
  value: string;
  filename?: string;
}

/**
 * A generated request, as plain data fast-check can shrink and print: method, path (under
 * `/sandbox`), headers and body. `idempotencyKey: "fresh"` is replaced by a new key each time it
 * is sent, so neither a run nor a shrink replays an earlier request by accident.
 */
export interface GeneratedRequest {
  product: ProductId;
  operationId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Part[];
  /** 2 sends the same request twice at once (one Idempotency-Key): the second may meet the first running. */
  copies: 1 | 2;
}

const FRESH = "<fresh>";

/** `headers` with a new Idempotency-Key where the request asked for a fresh one. */
export const withFreshKey = (headers: Record<string, string>, fresh: () => string) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value === FRESH ? fresh() : value]));

const clip = (text: string, max = 160) =>
  text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)` : JSON.stringify(text);

/** How a failure shows the request: readable, with long strings clipped to their start and length. */
function printable(request: GeneratedRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `  ${name}: ${clip(value)}`);
  const body =
    request.body === undefined
      ? "(no body)"
      : typeof request.body === "string"
        ? clip(request.body, 400)
        : request.body
            .map(
              (part) =>
                `  part ${clip(part.name)}${part.filename ? ` file ${clip(part.filename)}` : ""}: ${clip(part.value, 200)}`,
            )
            .join("\n");
  const copies = request.copies > 1 ? `, sent ${request.copies} times at once` : "";
  return `${request.method} /sandbox${request.path} (${request.product} ${request.operationId}${copies})\n${headers.join("\n")}\n${body}`;
}

/** Text a client may put in a header (no NUL, CR or LF: `fetch` refuses them before sending). */
const headerText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."\t éÿ\u0080ab1-_~"), maxLength: 20 }),
  fc.constantFrom("", " ", "0", "-1", "null", "undefined", "true", "[]", "{}"),
);

/** Strings meant to hurt: unicode of every plane, lone surrogates, NUL bytes, huge, empty, padded. */
export const oddString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`),
  fc
    .tuple(fc.constantFrom(255, 256, 4096, 70_000), fc.constantFrom("x", "é", "😀", "\u0000", " "))
    .map(([length, unit]) => unit.repeat(length)),
  fc.constantFrom("", " ", "  padded  ", "=cmd|' /C calc'!A0", "\ufeffbom", "Ω≈ç√", "𝓤𝓷𝓲𝓬𝓸𝓭𝓮", "null"),
);

/** Any JSON value, including the odd strings above. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: oddString },
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, 2 ** 53 + 2, [], {}),
);

const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A change to an example body object: a field wrong, dropped, renamed, added or made odd. */
type Mutation =
  | { kind: "set"; field: string; value: unknown }
  | { kind: "drop"; field: string }
  | { kind: "snakeCase"; field: string }
  | { kind: "add"; key: string; value: unknown }
  | { kind: "unknownId"; field: string; id: string };

function mutate(body: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  const out = { ...body };
  for (const mutation of mutations) {
    if (mutation.kind === "set") out[mutation.field] = mutation.value;
    else if (mutation.kind === "drop") delete out[mutation.field];
    else if (mutation.kind === "snakeCase" && mutation.field in out) {
      const { [mutation.field]: value, ...rest } = out;
      Object.assign(rest, { [toSnake(mutation.field)]: value });
      for (const key of Object.keys(out)) delete out[key];
      Object.assign(out, rest);
    } else if (mutation.kind === "add") out[mutation.key] = mutation.value;
    else if (mutation.kind === "unknownId") out[mutation.field] = mutation.id;
  }
  return out;
}

/** How a JSON value is written on the wire: as it should be, or broken in one of the usual ways. */
const serialisations = ["compact", "pretty", "truncated", "trailingGarbage", "nulInside", "bom"] as const;

function serialise(value: unknown, how: (typeof serialisations)[number]): string {
  const text = JSON.stringify(value);
  if (how === "pretty") return JSON.stringify(value, null, 2);
  if (how === "truncated") return text.slice(0, Math.max(0, text.length - 1));
  if (how === "trailingGarbage") return `${text} }`;
  if (how === "nulInside") return `${text.slice(0, 1)}\u0000${text.slice(1)}`;
  if (how === "bom") return `\ufeff${text}`;
  return text;
}

/** The JSON bodies of `target`: its example, mutated and written well or badly; another sandbox's; or anything. */
function jsonBody(target: Target): fc.Arbitrary<string | undefined> {
  const example = typeof target.own.body === "string" ? (JSON.parse(target.own.body) as Record<string, unknown>) : {};
  const schema = target.op.requestBody?.schema as z.ZodObject | undefined;
  const fields = [...new Set([...Object.keys(example), ...Object.keys(schema?.shape ?? {})])];
  const idFields = fields.filter((field) => /^(id|\w+Id)$/.test(field));
  const field = fc.constantFrom(...(fields.length > 0 ? fields : ["field"]));
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant("set" as const), field, value: anyJson }),
    fc.record({ kind: fc.constant("drop" as const), field }),
    fc.record({ kind: fc.constant("snakeCase" as const), field }),
    fc.record({
      kind: fc.constant("add" as const),
      key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("unexpectedField", "__proto__", "constructor", "")),
      value: anyJson,
    }),
    ...(idFields.length > 0
      ? [
          fc.record({
            kind: fc.constant("unknownId" as const),
            field: fc.constantFrom(...idFields),
            id: fc.uuid({ version: 7 }),
          }),
        ]
      : []),
  );
  const foreign = typeof target.foreign.body === "string" ? [fc.constant(target.foreign.body)] : [];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(target.own.body as string) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...serialisations))
        .map(([mutations, how]) => serialise(mutate(example, mutations), how)),
    },
    ...foreign.map((arbitrary) => ({ weight: 1, arbitrary })),
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value) ?? "") },
    // Nesting deep enough to hurt anything recursive, still under the JSON body limit (written as
    // text: JSON.stringify itself overflows the stack on it).
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(`${"[".repeat(5000)}${"]".repeat(5000)}`, `${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`)
        .map((deep) => `${JSON.stringify(example).slice(0, -1)}${fields.length > 0 ? "," : ""}"deep":${deep}}`),
    },
    { weight: 1, arbitrary: oddString },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** The multipart bodies of an upload: the example file, a mangled one, a plain field, a wrong part name. */
function multipartBody(target: Target): fc.Arbitrary<Part[] | string | undefined> {
  const file = (target.op.requestBody?.example as { file?: string } | undefined)?.file ?? "";
  const [header = "", ...rows] = file.split("\n");
  const content = fc.oneof(
    { weight: 3, arbitrary: fc.constant(file) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.array(oddString, { minLength: 1, maxLength: 3 }), fc.nat({ max: 9 }))
        .map(([cells, column]) => {
          const row = (rows[0] ?? "").split(",");
          row.splice(column, 1, ...cells);
          return `${header}\n${row.join(",")}\n`;
        }),
    },
    { weight: 1, arbitrary: oddString },
    { weight: 1, arbitrary: fc.constantFrom("", header, `${header}\n`, `${header}\n"unterminated`, "a,b\n1,2,3\n") },
    // Past the import's limits: more than 1 MiB, more than 5,000 rows.
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `${header}\n${"x".repeat(1_100_000)}\n`,
        `${header}\n${Array.from({ length: 5001 }, () => rows[0] ?? "").join("\n")}\n`,
      ),
    },
  );
  const part = fc.record(
    {
      name: fc.oneof({ weight: 5, arbitrary: fc.constant("file") }, fc.constantFrom("files", "", "File", "csv")),
      value: content,
      filename: fc.oneof(fc.constant("inventory.csv"), fc.constant(undefined), fc.string({ maxLength: 12 })),
    },
    { requiredKeys: ["name", "value"] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(part, { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: fc.constant<Part[]>([]) },
    { weight: 1, arbitrary: oddString },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/** Query parameters: the required ones, then repeated, unknown, empty, huge or foreign ones. */
function queryOf(target: Target): fc.Arbitrary<[string, string][]> {
  const own = new URL(target.own.path, "http://x").searchParams;
  const required = [...own];
  const names = Object.keys(target.op.query?.shape ?? {});
  const value = fc.oneof(
    fc.constantFrom("", "0", "1", "-1", "1.5", "25", "100", "101", "1000000", "99999999999999999999", "1e2", "abc"),
    fc.constantFrom("csv", "CSV", "json", " csv"),
    fc.constantFrom(...target.cursors, "abc.def", "a", "..", "%%"),
    oddString.map((text) => text.slice(0, 300)),
  );
  const extra = fc.tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...(names.length > 0 ? names : ["limit"])) },
      fc.constantFrom("_", "unexpectedParameter", "LIMIT", "page", ""),
    ),
    value,
  );
  return fc
    .tuple(fc.subarray(required), fc.boolean(), fc.array(extra, { maxLength: 3 }))
    .map(([kept, keepAll, extras]) => [...(keepAll ? required : kept), ...extras]);
}

/** Path ids: the example's real one, another sandbox's, an unknown UUID, or not a UUID at all. */
function pathOf(target: Target): fc.Arbitrary<string> {
  const [ownPath = ""] = target.own.path.split("?");
  const [foreignPath = ""] = target.foreign.path.split("?");
  if (!target.op.path.includes("{")) return fc.constant(ownPath);
  const prefix = basePathOf(target.product, target.op);
  const id = fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.uuid({ version: 7 }) },
    { weight: 1, arbitrary: fc.uuid() },
    // Not "." or "..": every client resolves those segments away, so they never reach a server as ids.
    {
      weight: 2,
      arbitrary: oddString
        .filter((text) => text.length > 0 && text.length < 300 && text !== "." && text !== "..")
        .map(encodeURIComponent),
    },
    { weight: 1, arbitrary: fc.constantFrom("%", "%E0%A4%A", "%zz", "%00", "...", "imports", "null", "%2F") },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(foreignPath) },
    {
      weight: 5,
      arbitrary: id.map((replacement) =>
        replacement === undefined ? ownPath : prefix + target.op.path.replace(/\{\w+\}/g, () => replacement),
      ),
    },
  );
}

const SIMULATE_VALUES = ["429", "500", "502", "503", "504", " 503 ", "500, 500", "418", "200", "5000", "", "abc"];

/** Query text no URLSearchParams would write: bare names, empty names, stray `%`, brackets. */
const RAW_QUERY = ["&", "&&", "limit", "&limit", "&%zz=1", "&a[b]=1", "&limit=%", "&=", "&cursor", "&limit=1&limit=2"];

/** What the generator draws for one request, before it is put together. */
interface Drawn {
  path: string;
  query: [string, string][];
  body: string | Part[] | undefined;
  authorization: string | undefined;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  simulate: string | undefined;
  requestId: string | undefined;
  rawQuery: string | undefined;
  forwardedFor: string | undefined;
  copies: 1 | 2;
  contentLength: string | undefined;
}

/** The request `drawn` describes, printable as method, path, headers and body. */
function build(target: Target, drawn: Drawn): GeneratedRequest {
  const { op } = target;
  const { body } = drawn;
  const json = (op.requestBody?.contentType ?? "application/json") === "application/json";
  const headers: Record<string, string> = {};
  if (drawn.authorization !== undefined) headers.authorization = drawn.authorization;
  if (typeof body === "string" || (body === undefined && op.method !== "get")) {
    headers["content-type"] = json ? "application/json" : "multipart/form-data; boundary=property";
  }
  if (drawn.contentType !== undefined) headers["content-type"] = drawn.contentType;
  if (drawn.idempotencyKey !== undefined && op.method !== "get") headers["idempotency-key"] = drawn.idempotencyKey;
  if (drawn.simulate !== undefined) headers["x-sandbox-simulate"] = drawn.simulate;
  if (drawn.requestId !== undefined) headers["x-request-id"] = drawn.requestId;
  if (drawn.forwardedFor !== undefined) headers["x-forwarded-for"] = drawn.forwardedFor;
  if (typeof body === "string" && drawn.contentLength !== undefined) {
    headers["content-length"] =
      drawn.contentLength === "accurate" ? String(Buffer.byteLength(body)) : drawn.contentLength;
  }
  const search = `${new URLSearchParams(drawn.query)}${drawn.rawQuery ?? ""}`;
  const request: GeneratedRequest = {
    product: target.product,
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: `${drawn.path}${search ? `?${search}` : ""}`,
    headers,
    ...(body !== undefined ? { body } : {}),
    copies: drawn.copies,
  };
  return Object.assign(request, { [fc.toStringMethod]: () => printable(request) });
}

/**
 * `target`'s own example, sent as a well-behaved client would: every run starts with one per
 * operation, so each operation's success is met whatever the seed draws.
 */
export function exampleRequest(target: Target, keys: Credentials): GeneratedRequest {
  const [path = "", search = ""] = target.own.path.split("?");
  const file = (target.op.requestBody?.example as { file?: string } | undefined)?.file ?? "";
  const multipart = target.op.requestBody?.contentType === "multipart/form-data";
  return build(target, {
    path,
    query: [...new URLSearchParams(search)],
    body: multipart
      ? [{ name: "file", value: file, filename: "inventory.csv" }]
      : (target.own.body as string | undefined),
    authorization: target.op.authenticated === false ? undefined : `Bearer ${keys.own}`,
    contentType: undefined,
    idempotencyKey: FRESH,
    simulate: undefined,
    requestId: undefined,
    rawQuery: undefined,
    forwardedFor: undefined,
    copies: 1,
    contentLength: "accurate",
  });
}

/** Every request fast-check may send to `target`, given the keys of its product. */
export function requestFor(target: Target, keys: Credentials): fc.Arbitrary<GeneratedRequest> {
  const { op } = target;
  const json = (op.requestBody?.contentType ?? "application/json") === "application/json";
  const authorization = fc.oneof(
    { weight: 12, arbitrary: fc.constant(`Bearer ${keys.own}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `Bearer ${keys.foreignSandbox}`,
        `Bearer ${keys.restricted}`,
        `Bearer ${keys.otherProduct}`,
        `Bearer ${keys.expired}`,
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "Bearer",
        "Bearer ",
        `bearer ${keys.own}`,
        `Basic ${keys.own}`,
        `Bearer ${keys.own} x`,
        `${keys.own}`,
      ),
    },
    { weight: 1, arbitrary: headerText.map((text) => `Bearer ${text}`) },
  );
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "text/plain",
        "application/json; charset=utf-8",
        "APPLICATION/JSON",
        "application/merge-patch+json",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "multipart/form-data; boundary=nothing",
        "application/jsonp",
        "",
      ),
    },
  );
  const optionalHeader = (values: fc.Arbitrary<string>, weight = 6) =>
    fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: values });
  const body: fc.Arbitrary<string | Part[] | undefined> =
    op.method === "get" ? fc.constant(undefined) : json ? jsonBody(target) : multipartBody(target);

  return fc
    .record({
      path: pathOf(target),
      query: queryOf(target),
      body,
      authorization,
      contentType,
      idempotencyKey: fc.oneof(
        { weight: 4, arbitrary: fc.constant(FRESH) },
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom("property-shared-key", "k".repeat(256), "", "é", " padded ") },
        { weight: 1, arbitrary: headerText },
      ),
      simulate: optionalHeader(fc.oneof(fc.constantFrom(...SIMULATE_VALUES), headerText)),
      requestId: optionalHeader(fc.oneof(fc.constantFrom("req-property-1", "x".repeat(129), "has space"), headerText)),
      rawQuery: optionalHeader(fc.constantFrom(...RAW_QUERY)),
      forwardedFor: optionalHeader(
        fc.oneof(fc.constantFrom("203.0.113.7", "203.0.113.7, 10.0.0.1", ",", "unknown"), headerText),
      ),
      copies: fc.oneof(
        { weight: 9, arbitrary: fc.constant(1 as const) },
        { weight: 1, arbitrary: fc.constant(2 as const) },
      ),
      // What real clients send is the body's length; a chunked upload sends none, a broken client lies.
      contentLength: fc.oneof(
        { weight: 8, arbitrary: fc.constant("accurate" as const) },
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom("0", "1", "999999999", "abc", "-1") },
      ),
    })
    .map((drawn) => build(target, drawn));
}
