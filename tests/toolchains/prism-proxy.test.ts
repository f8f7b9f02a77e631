import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExampleRequests, exampleRequests } from "@portico/sandbox/example-requests";
import type { CallOptions } from "@portico/sandbox/testing";
import { operationsOf } from "@portico/schemas/operations";
import { getProduct, PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { SandboxKeyResponse } from "@portico/schemas/sandbox-keys";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startPrismProxy, startSandbox } from "./processes.ts";
import { writeServedDocuments } from "./served-documents.ts";

// Stoplight Prism's validating proxy between the contract traffic and the standalone sandbox:
// Prism checks each request and each response against the served document with a validator of
// its own. Valid requests go through `--errors` proxies, which turn any violation into Prism's own
// problem+json answer. Deliberately broken requests go through proxies without `--errors` (with
// it Prism refuses them itself and the sandbox never answers); those report what they saw in
// `sl-violations`, where the request's own violation is expected and a response's is the
// sandbox's fault.

interface Violation {
  location: string[];
  severity: string;
  message: string;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  violations: Violation[];
}

/** Proxies for one document, by the server URL each forwards to. */
type Proxies = Map<string, Started>;

let folder: string;
let sandbox: Started;
const started: Started[] = [];
/** Per product, an `--errors` proxy for each server its document names (the product's, the keys'). */
const strict = new Map<ProductId, Proxies>();
/** The same without `--errors`. */
const lenient = new Map<ProductId, Proxies>();
let examples: ExampleRequests;
let requests = 0;
const firstProduct = PRODUCT_IDS[0];
if (firstProduct === undefined) throw new Error("no product is registered");

/** Every server URL a written document names, its own and its operations'. */
function serversOf(document: string): string[] {
  const json: {
    servers: { url: string }[];
    paths: Record<string, Record<string, { servers?: { url: string }[] }>>;
  } = JSON.parse(readFileSync(document, "utf8"));
  const operations = Object.values(json.paths).flatMap((item) => Object.values(item));
  return [...new Set([...json.servers, ...operations.flatMap((op) => op.servers ?? [])].map((s) => s.url))];
}

function proxiesOf(mode: Map<ProductId, Proxies>, product: ProductId): Proxies {
  const proxies = mode.get(product);
  if (!proxies) throw new Error(`no proxies for ${product}`);
  return proxies;
}

/**
 * Sends `method` to the sandbox URL `url` (`/sandbox/…` on the sandbox's origin) through the proxy
 * in front of the longest server URL it starts with, as a client reading the document would pick.
 */
async function through(
  proxies: Proxies,
  method: string,
  path: string,
  { key, body, headers = {} }: CallOptions = {},
): Promise<Answer> {
  const url = `${sandbox.url}/sandbox${path}`;
  const server = [...proxies.keys()]
    .filter((candidate) => url.startsWith(`${candidate}/`))
    .sort((a, b) => b.length - a.length)[0];
  const proxy = server === undefined ? undefined : proxies.get(server);
  if (server === undefined || proxy === undefined) throw new Error(`no server of the document serves ${url}`);
  const init: RequestInit & { headers: Record<string, string> } = { method, headers: { ...headers } };
  if (key) init.headers.authorization = `Bearer ${key}`;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers["content-type"] ??= "application/json";
    init.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  const response = await fetch(proxy.url + url.slice(server.length), init);
  requests += 1;
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const header = response.headers.get("sl-violations");
  const violations: Violation[] = header === null ? [] : JSON.parse(header);
  return { status: response.status, headers: response.headers, text, json, violations };
}

/** Prism's own answer (a refusal, or `--errors` turning a violation into a 500), not the sandbox's. */
const fromPrism = (answer: Answer) => answer.headers.get("content-type")?.includes("application/problem+json") === true;

/** Violations of anything but the request itself. */
const beyondRequest = (answer: Answer) => answer.violations.filter((violation) => violation.location[0] !== "request");

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "portico-prism-"));
  sandbox = await startSandbox(folder);
  const documents = writeServedDocuments(join(folder, "documents"), sandbox.url);
  await Promise.all(
    PRODUCT_IDS.flatMap((product) =>
      [true, false].map(async (errors) => {
        const document = String(documents.get(product));
        const proxies: Proxies = new Map();
        (errors ? strict : lenient).set(product, proxies);
        for (const server of serversOf(document)) {
          const proxy = await startPrismProxy(document, server, errors);
          started.push(proxy);
          proxies.set(server, proxy);
        }
      }),
    ),
  );
  examples = await exampleRequests({
    call: (method, path, options) => {
      const product = PRODUCT_IDS.find((id) => path.startsWith(`/${id}/`));
      // Any product's document serves the keys operation.
      return through(proxiesOf(strict, product ?? firstProduct), method, path, options);
    },
    async apiKey(product) {
      const answer = await through(proxiesOf(strict, product), "POST", "/keys", { body: { product } });
      const data: Record<string, unknown> = SandboxKeyResponse.parse(answer.json).data;
      const credential = data[getProduct(product).sandboxKey.credentialField];
      if (answer.status !== 201 || typeof credential !== "string")
        throw new Error(`keys for ${product}: ${answer.text}`);
      return credential;
    },
  });
});

afterAll(async () => {
  await Promise.all(started.map((proxy) => proxy.stop()));
  await sandbox?.stop();
  rmSync(folder, { recursive: true, force: true });
  console.log(`Prism: ${requests} requests through its proxies`);
});

describe.each(PRODUCT_IDS)("Prism 5.14.2 finds nothing in the %s sandbox's traffic", (product) => {
  const operations = operationsOf(product);

  it.each(operations.map((op) => [op.operationId, op] as const))("%s: its example", async (_, op) => {
    const { path, body } = examples.request(product, op);
    const answer = await through(proxiesOf(strict, product), op.method.toUpperCase(), path, {
      key: op.authenticated === false ? undefined : examples.keys.get(product),
      body,
    });
    expect(answer.violations).toEqual([]);
    expect(fromPrism(answer), answer.text).toBe(false);
    expect(answer.status).toBe(Number(Object.keys(op.responses)[0]));
  });

  it.each(operations.filter((op) => op.path.includes("{")).map((op) => [op.operationId, op] as const))(
    "%s: an unknown id is a documented 404",
    async (_, op) => {
      const { path, body } = examples.request(product, op);
      const unknown = path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, () => randomUUID());
      expect(unknown, "the example's path carries an id").not.toBe(path);
      const answer = await through(proxiesOf(strict, product), op.method.toUpperCase(), unknown, {
        key: examples.keys.get(product),
        body,
      });
      expect(answer.violations).toEqual([]);
      expect(fromPrism(answer), answer.text).toBe(false);
      expect(answer.status, answer.text).toBe(404);
    },
  );

  it.each(operations.filter((op) => op.authenticated !== false).map((op) => [op.operationId, op] as const))(
    "%s: without a key, a documented 401",
    async (_, op) => {
      const { path, body } = examples.request(product, op);
      const answer = await through(proxiesOf(lenient, product), op.method.toUpperCase(), path, { body });
      expect(fromPrism(answer), answer.text).toBe(false);
      expect(answer.status, answer.text).toBe(401);
      expect(beyondRequest(answer)).toEqual([]);
    },
  );

  it.each(
    operations
      .filter((op) => op.requestBody && op.requestBody.contentType !== "multipart/form-data")
      .map((op) => [op.operationId, op] as const),
  )("%s: a body of the wrong type is a documented 400", async (_, op) => {
    const { path } = examples.request(product, op);
    const answer = await through(proxiesOf(lenient, product), op.method.toUpperCase(), path, {
      key: op.authenticated === false ? undefined : examples.keys.get(product),
      body: "[]",
    });
    expect(fromPrism(answer), answer.text).toBe(false);
    expect(answer.status, answer.text).toBe(400);
    expect(answer.violations.map((violation) => violation.location.slice(0, 2))).toContainEqual(["request", "body"]);
    expect(beyondRequest(answer)).toEqual([]);
  });
});

it("Prism reports a response its document does not describe (the check can fail)", async () => {
  const product = firstProduct;
  const op = operationsOf(product).find((candidate) => candidate.method === "get" && !candidate.path.includes("{"));
  if (op === undefined) throw new Error(`${product} has no list to read`);
  const document: {
    paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, object> }> }>>;
  } = JSON.parse(readFileSync(join(folder, "documents", `${product}.json`), "utf8"));
  const success = document.paths[op.path]?.[op.method]?.responses[Object.keys(op.responses)[0] ?? "200"];
  if (success === undefined) throw new Error(`${op.operationId} documents no success`);
  success.content = { "application/json": { schema: { type: "object", required: ["notSentByTheSandbox"] } } };
  const file = join(folder, "documents", "undescribed.json");
  writeFileSync(file, JSON.stringify(document));
  const server = `${sandbox.url}${getProduct(product).server}`;
  const proxy = await startPrismProxy(file, server, true);
  started.push(proxy);
  const answer = await through(new Map([[server, proxy]]), "GET", examples.request(product, op).path, {
    key: examples.keys.get(product),
  });
  expect(fromPrism(answer), answer.text).toBe(true);
  expect(answer.status).toBe(500);
  expect(answer.violations.map((violation) => violation.location.slice(0, 2))).toContainEqual(["response", "body"]);
});
