import { DEFAULT_RETRY_POLICY } from "@portico/api-client";
import { describe, expect, it } from "vitest";
import { type Attempt, backoffRange, sendRecorded } from "./send-recorded.ts";

const request = () => new Request("http://sandbox.test/carts", { method: "POST", body: "{}" });
/** A transport answering with the statuses in turn; a clock that moves 5 ms per reading. */
function scripted(statuses: (number | "network")[]) {
  const seen: Request[] = [];
  let tick = 0;
  return {
    seen,
    now: () => (tick += 5),
    fetch: async (attempt: Request, init: RequestInit) => {
      expect(init.credentials).toBe("omit");
      seen.push(attempt);
      const status = statuses[seen.length - 1] ?? 200;
      if (status === "network") throw new TypeError("Failed to fetch");
      return new Response("{}", { status, headers: status === 503 ? { "retry-after": "2" } : {} });
    },
  };
}
const fast = { policy: { minTimeout: 0, maxTimeout: 0, randomize: false }, sleep: async () => {} };

describe("sendRecorded", () => {
  it("sends once without retry mode, whatever the status", async () => {
    const transport = scripted([503]);
    const sent = await sendRecorded(request(), { retry: false, ...transport });
    expect("response" in sent && sent.response.status).toBe(503);
    expect(sent.attempts).toEqual([{ attempt: 1, status: 503, ms: 5 }]);
    expect(sent.ms).toBe(15);
  });

  it("retries 429 and 5xx and network failures under the policy, recording each attempt", async () => {
    const transport = scripted([429, "network", 502, 201]);
    const sent = await sendRecorded(request(), { retry: true, ...transport, ...fast });
    expect("response" in sent && sent.response.status).toBe(201);
    expect(sent.attempts.map((a) => a.status)).toEqual([429, "network", 502, 201]);
    expect(sent.attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    // One logical call: the same ids on every attempt.
    const keys = new Set(transport.seen.map((r) => r.headers.get("idempotency-key")));
    const ids = new Set(transport.seen.map((r) => r.headers.get("x-request-id")));
    expect(keys.size).toBe(1);
    expect(ids.size).toBe(1);
  });

  it("gives up after four retries with the last answer", async () => {
    const transport = scripted([503, 503, 503, 503, 503, 503]);
    const sent = await sendRecorded(request(), { retry: true, ...transport, ...fast });
    expect("response" in sent && sent.response.status).toBe(503);
    expect(sent.attempts).toHaveLength(5);
  });

  it("returns a 400 at once", async () => {
    const sent = await sendRecorded(request(), { retry: true, ...scripted([400]), ...fast });
    expect(sent.attempts.map((a) => a.status)).toEqual([400]);
  });

  it("reports a request that got no answer as an error with its attempts", async () => {
    const sent = await sendRecorded(request(), { retry: false, ...scripted(["network"]) });
    expect("error" in sent && sent.error.message).toBe("Failed to fetch");
    expect(sent.attempts).toEqual([{ attempt: 1, status: "network", ms: 5 }]);
  });

  it("reports each attempt as it starts and ends, and the wait before the next, before the call ends", async () => {
    const transport = scripted([503, 429, 201]);
    const seen: Attempt[][] = [];
    const slept: number[] = [];
    const policy = { minTimeout: 100, maxTimeout: 1_000, factor: 2, randomize: true };
    const sent = await sendRecorded(request(), {
      retry: true,
      ...transport,
      policy,
      sleep: async (ms) => {
        slept.push(ms);
      },
      onProgress: (attempts) => seen.push(attempts),
    });
    expect("response" in sent && sent.response.status).toBe(201);
    // Attempt 1 in flight, ended, its wait; attempt 2 likewise; attempt 3 in flight and ended.
    expect(seen.map((attempts) => attempts.map((a) => a.status))).toEqual([
      ["sending"],
      [503],
      [503],
      [503, "sending"],
      [503, 429],
      [503, 429],
      [503, 429, "sending"],
      [503, 429, 201],
    ]);
    expect(seen[2]?.[0]?.wait).toEqual({ retryAfterMs: 2_000, backoffMs: [100, 200] });
    expect(seen[5]?.[1]?.wait).toEqual({ backoffMs: [200, 400] });
    expect(slept).toEqual([2_000]);
    // The clock moves 5 ms a reading, so each measured wait is a positive multiple of it.
    expect(sent.attempts[0]?.waitedMs).toBeGreaterThan(0);
    expect(sent.attempts[1]?.waitedMs).toBeGreaterThan(0);
    expect(sent.attempts[2]?.wait).toBeUndefined();
  });
});

describe("backoffRange", () => {
  it("doubles from the first backoff, jitter up to twice, capped", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffRange(DEFAULT_RETRY_POLICY, n))).toEqual([
      [250, 500],
      [500, 1_000],
      [1_000, 2_000],
      [2_000, 4_000],
      [4_000, 8_000],
      [8_000, 8_000],
    ]);
    expect(backoffRange({ ...DEFAULT_RETRY_POLICY, randomize: false }, 2)).toEqual([500, 500]);
  });
});
