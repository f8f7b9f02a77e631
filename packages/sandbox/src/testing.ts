import { getProduct, type ProductId } from "@portico/schemas/products";
import { createTestStore, type Engine } from "@portico/store/testing";
import { createSandboxApp, type SandboxOptions } from "./create-sandbox-app.ts";
import type { PRODUCT_SANDBOXES } from "./product-sandboxes.ts";

/** What `POST /sandbox/keys` answers in `data` for a product, as its sandbox module provisions it. */
export type SandboxKeyOf<Id extends ProductId> = Awaited<ReturnType<(typeof PRODUCT_SANDBOXES)[Id]["provision"]>>;

export interface CallOptions {
  key?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A sandbox on a fresh test store, with a `call` helper that speaks HTTP to it in-process
 * (`app.request`), no port. The clock can be moved with `clock.advance`.
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

  async function call(method: string, path: string, { key, body, headers = {} }: CallOptions = {}) {
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
    const response = await app.request(`http://sandbox.test/sandbox${path}`, init);
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

  return { store, app, call, clock, sandboxKey, apiKey, close: () => store.close() };
}

export type TestSandbox = Awaited<ReturnType<typeof createTestSandbox>>;
