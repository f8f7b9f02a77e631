import { describe, expect, it } from "vitest";
import { sendRecorded } from "./send-recorded.ts";

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
      return new Response("{}", { status });
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
});
