import { afterEach, describe, expect, it, vi } from "vitest";
import { createConventionsFetch, PorticoApiError, retryAfterMs, unwrap } from "./create-portico-client.ts";

const envelope = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ error: { code: "service_unavailable", message: "down" } }), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

/** A transport that answers from a script and records what it was sent. */
function scripted(...answers: (Response | Error)[]) {
  const seen: Request[] = [];
  const transport = async (request: Request) => {
    seen.push(request);
    const next = answers.shift() ?? new Response("{}", { status: 200 });
    if (next instanceof Error) throw next;
    return next;
  };
  return { seen, transport };
}

const noWait = { minTimeout: 0, maxTimeout: 0, randomize: false };

afterEach(() => vi.useRealTimers());

describe("the retry policy of the conventions", () => {
  it("retries exactly the statuses the conventions' retry table lists", async () => {
    // The PQC conventions page: 429, 500, 502, 503 and 504 are retried; 400, 401, 403, 404 are not.
    const retried = [429, 500, 502, 503, 504];
    for (const status of [400, 401, 403, 404, 409, 422, ...retried]) {
      const { seen, transport } = scripted(envelope(status), new Response("{}", { status: 200 }));
      const response = await createConventionsFetch({ fetch: transport, retry: noWait })(new Request("http://x/y"));
      expect(seen.length, String(status)).toBe(retried.includes(status) ? 2 : 1);
      expect(response.status).toBe(retried.includes(status) ? 200 : status);
    }
  });

  it("stops after the bounded attempts and hands back the last answer", async () => {
    const { seen, transport } = scripted(envelope(503), envelope(503), envelope(503), envelope(503));
    const response = await createConventionsFetch({ fetch: transport, retry: { ...noWait, retries: 2 } })(
      new Request("http://x/y"),
    );
    expect(seen).toHaveLength(3);
    expect(response.status).toBe(503);
  });

  it("backs off exponentially up to the cap (fake clock)", async () => {
    vi.useFakeTimers();
    const started = Date.now();
    const times: number[] = [];
    const transport = async () => {
      times.push(Date.now() - started);
      return envelope(500);
    };
    const call = createConventionsFetch({
      fetch: transport,
      retry: { retries: 4, minTimeout: 100, factor: 2, maxTimeout: 300, randomize: false },
    })(new Request("http://x/y"));
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await call).status).toBe(500);
    expect(times).toEqual([0, 100, 300, 600, 900]);
  });

  it("adds jitter when randomize is on, never waiting less than the plain backoff", async () => {
    vi.useFakeTimers();
    const started = Date.now();
    const times: number[] = [];
    const call = createConventionsFetch({
      fetch: async () => {
        times.push(Date.now() - started);
        return envelope(502);
      },
      retry: { retries: 1, minTimeout: 1000, maxTimeout: 10_000, randomize: true },
    })(new Request("http://x/y"));
    await vi.advanceTimersByTimeAsync(5_000);
    await call;
    expect(times[1]).toBeGreaterThanOrEqual(1000);
    expect(times[1]).toBeLessThanOrEqual(2000);
  });

  it("waits at least Retry-After before the next attempt", async () => {
    const waits: number[] = [];
    const { seen, transport } = scripted(envelope(429, { "retry-after": "2" }), new Response("{}", { status: 200 }));
    await createConventionsFetch({ fetch: transport, retry: noWait, sleep: async (ms) => void waits.push(ms) })(
      new Request("http://x/y"),
    );
    expect(waits).toEqual([2000]);
    expect(seen).toHaveLength(2);
    expect(retryAfterMs(envelope(503, { "retry-after": new Date(Date.now() + 3000).toUTCString() }))).toBeGreaterThan(
      1000,
    );
  });

  it("retries a connection that failed before any answer", async () => {
    const { seen, transport } = scripted(new TypeError("fetch failed"), new Response("{}", { status: 200 }));
    expect((await createConventionsFetch({ fetch: transport, retry: noWait })(new Request("http://x/y"))).status).toBe(
      200,
    );
    expect(seen).toHaveLength(2);
  });

  it("keeps one Idempotency-Key and X-Request-Id across a call's retries, new ones per call", async () => {
    let n = 0;
    const { seen, transport } = scripted(
      envelope(503),
      new Response("{}", { status: 201 }),
      new Response("{}", { status: 201 }),
    );
    const conventionsFetch = createConventionsFetch({
      fetch: transport,
      retry: noWait,
      apiKey: "sk_x",
      newId: () => `id-${++n}`,
    });
    const post = () =>
      new Request("http://x/carts", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await conventionsFetch(post());
    await conventionsFetch(post());
    const keys = seen.map((r) => [
      r.headers.get("idempotency-key"),
      r.headers.get("x-request-id"),
      r.headers.get("authorization"),
    ]);
    expect(keys).toEqual([
      ["id-2", "id-1", "Bearer sk_x"],
      ["id-2", "id-1", "Bearer sk_x"],
      ["id-4", "id-3", "Bearer sk_x"],
    ]);
    expect(await seen[1]?.text()).toBe("{}");
  });

  it("sends no Idempotency-Key on reads", async () => {
    const { seen, transport } = scripted();
    await createConventionsFetch({ fetch: transport })(new Request("http://x/carts"));
    expect(seen[0]?.headers.get("idempotency-key")).toBeNull();
  });
});

describe("unwrap", () => {
  it("throws a typed error with code, status and request id", () => {
    const response = new Response(null, { status: 404, headers: { "x-request-id": "req-1" } });
    const call = () => unwrap({ error: { error: { code: "not_found", message: "Cart was not found" } }, response });
    expect(call).toThrow(PorticoApiError);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({
        status: 404,
        code: "not_found",
        requestId: "req-1",
        message: "Cart was not found",
      });
    }
  });
});
