import { sha256 } from "@portico/http/hash";
import { idempotencyLockName } from "@portico/http/idempotency";
import { getProduct, type ProductId } from "@portico/schemas/products";
import { createTestStore, type Engine } from "@portico/store/testing";
import { createSandboxApp, type SandboxOptions } from "./create-sandbox-app.ts";
import type { PRODUCT_SANDBOXES } from "./product-sandboxes.ts";
import { responseProblems } from "./response-harness.ts";

/** How the harness reaches an app: a Hono app's `request`, which speaks HTTP in-process. */
export interface RequestHandler {
  request(input: string | URL | Request, init?: RequestInit): Response | Promise<Response>;
}

export interface CheckedFetchOptions {
  /** Where the app is mounted (`createSandboxApp`'s `basePath`); the documents say `/sandbox`. */
  basePath?: string;
  /** Why this request is off every document; see `CheckedResponse.undocumented`. */
  undocumented?: string;
}

/**
 * `app.request`, with the answer checked against the served OpenAPI document before the caller
 * sees it: a response the document does not describe exactly throws, naming operation, status
 * and JSON path, which fails the calling test. Every in-process sandbox request goes through it.
 */
export async function checkedFetch(
  app: RequestHandler,
  input: string | URL | Request,
  init?: RequestInit,
  { basePath = "/sandbox", undocumented }: CheckedFetchOptions = {},
): Promise<Response> {
  const request = new Request(
    typeof input === "string" && input.startsWith("/") ? `http://sandbox.test${input}` : input,
    init,
  );
  const url = new URL(request.url);
  if (!url.pathname.startsWith(basePath)) {
    throw new Error(`${request.method} ${url.pathname}: not under the sandbox's base path ${basePath}`);
  }
  const response = await app.request(request);
  const problems = responseProblems({
    method: request.method,
    path: `/sandbox${url.pathname.slice(basePath.length)}${url.search}`,
    status: response.status,
    headers: response.headers,
    body: await response.clone().text(),
    undocumented,
  });
  if (problems.length > 0) throw new Error(`the answer is not what the OpenAPI document says:\n${problems.join("\n")}`);
  return response;
}

/** What `POST /sandbox/keys` answers in `data` for a product, as its sandbox module provisions it. */
export type SandboxKeyOf<Id extends ProductId> = Awaited<ReturnType<(typeof PRODUCT_SANDBOXES)[Id]["provision"]>>;

export interface CallOptions {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Why the request is deliberately off every document (an unknown route, a wrong method): its
   * answer is then held to the error envelope with a request id instead of an operation.
   */
  undocumented?: string;
}

/**
 * A sandbox on a fresh test store, with a `call` helper that speaks HTTP to it in-process
 * (`app.request`), no port. The clock can be moved with `clock.advance`. Every answer, through
 * `call` or `fetch`, is checked against the served OpenAPI document (`checkedFetch`); the app
 * itself is not handed out, so no test can skip the check.
 */
export async function createTestSandbox(engine: Engine = "sqlite", options: Partial<SandboxOptions> = {}) {
  const store = await createTestStore(engine);
  let offset = 0;
  const clock = {
    now: () => new Date(Date.now() + offset),
    advance(ms: number) {
      offset += ms;
    },
  };
  const app = createSandboxApp({ store, now: clock.now, rateLimit: { points: 10_000, duration: 1 }, ...options });

  const basePath = options.basePath ?? "/sandbox";
  /** `fetch` to the sandbox in-process, the answer checked against its document. */
  const fetch = (
    input: string | URL | Request,
    init?: RequestInit,
    checks: Omit<CheckedFetchOptions, "basePath"> = {},
  ) => checkedFetch(app, input, init, { ...checks, basePath });

  async function call(method: string, path: string, { key, body, headers = {}, undocumented }: CallOptions = {}) {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (key) h.authorization = `Bearer ${key}`;
    if (body !== undefined) {
      if (body instanceof FormData) init.body = body;
      else {
        h["content-type"] ??= "application/json";
        init.body = typeof body === "string" ? body : JSON.stringify(body);
      }
    }
    const response = await fetch(`http://sandbox.test${basePath}${path}`, init, { undocumented });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back and assert on it.
    return { status: response.status, headers: response.headers, text, json: json as any };
  }

  /** A new sandbox of `product`: what `POST /sandbox/keys` answered in `data`. */
  async function sandboxKey<Id extends ProductId>(product: Id): Promise<SandboxKeyOf<Id>> {
    const { status, json, text } = await call("POST", "/keys", { body: { product } });
    if (status !== 201) throw new Error(`POST /keys for ${product} answered ${status}: ${text}`);
    return json.data;
  }

  /** A new sandbox's bearer credential for `product`: the field its `sandboxKey.credentialField` names. */
  async function apiKey(product: ProductId): Promise<string> {
    const data: Record<string, unknown> = await sandboxKey(product);
    const credential = data[getProduct(product).sandboxKey.credentialField];
    if (typeof credential !== "string") throw new Error(`${product}: no credential in ${JSON.stringify(data)}`);
    return credential;
  }

  /**
   * Plays a request with `idempotencyKey` from `key` still running: it holds the name that request
   * would hold until the returned function releases it.
   */
  async function holdIdempotencyKey(key: string, idempotencyKey: string) {
    const { id } = await store.db
      .selectFrom("apiKeys")
      .select("id")
      .where("keyHash", "=", sha256(key))
      .executeTakeFirstOrThrow();
    return store.hold(idempotencyLockName(id, idempotencyKey));
  }

  return { store, fetch, call, clock, sandboxKey, apiKey, holdIdempotencyKey, close: () => store.close() };
}

export type TestSandbox = Awaited<ReturnType<typeof createTestSandbox>>;
