import { createTestStore, type Engine } from "@portico/store/testing";
import { createSandboxApp, type SandboxOptions } from "./create-sandbox-app.ts";

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

  async function throttleKeys() {
    const { json } = await call("POST", "/keys", { body: { product: "throttle" } });
    return json.data as { workspaceId: string; secretKey: string; publishableKey: string };
  }
  async function pqcKey() {
    const { json } = await call("POST", "/keys", { body: { product: "pqc" } });
    return json.data as { tenantId: string; apiKey: string };
  }

  return { store, app, call, clock, throttleKeys, pqcKey, close: () => store.close() };
}

export type TestSandbox = Awaited<ReturnType<typeof createTestSandbox>>;
