import { describe, expect, it } from "vitest";
import { findOperation } from "./operations.ts";
import { attachmentName, failedOutcome, attemptLine as lineOf, outcomeOf, plainOutcome } from "./outcome.ts";
import type { Attempt } from "./send-recorded.ts";

const createCart = findOperation("throttle", "createCart");
if (!createCart) throw new Error("catalogue lacks createCart");
const attempts = [{ attempt: 1, status: 400, ms: 3 }];

describe("outcomeOf", () => {
  it("pretty-prints JSON and judges it against the schema documented for its status", async () => {
    const response = new Response('{"error":{"code":"invalid_json","message":"m"}}', {
      status: 400,
      headers: { "content-type": "application/json", "x-request-id": "r" },
    });
    const outcome = await outcomeOf(createCart, { response, attempts, ms: 12 });
    expect(outcome).toEqual({
      status: 400,
      ms: 12,
      headers: [
        ["content-type", "application/json"],
        ["x-request-id", "r"],
      ],
      text: '{\n  "error": {\n    "code": "invalid_json",\n    "message": "m"\n  }\n}',
      verdict: { schemaName: "ErrorEnvelope (createCart 400)", issues: [] },
      attempts,
    });
  });

  it("shows a body that is not JSON as it came, without a verdict", async () => {
    const outcome = await outcomeOf(createCart, {
      response: new Response("Bad gateway", { status: 502 }),
      attempts,
      ms: 1,
    });
    expect(outcome.text).toBe("Bad gateway");
    expect(outcome.verdict).toBeUndefined();
  });

  it("turns an attachment into a download named by Content-Disposition, previewing its start", async () => {
    const csv = `hostname\n${"x".repeat(3000)}`;
    const blobs: Blob[] = [];
    const response = new Response(csv, {
      headers: { "content-disposition": 'attachment; filename="report-2026-01-01.csv"' },
    });
    const outcome = await outcomeOf(createCart, { response, attempts: [], ms: 1 }, (blob) => {
      blobs.push(blob);
      return "blob:test/1";
    });
    expect(outcome.download).toEqual({ url: "blob:test/1", filename: "report-2026-01-01.csv" });
    expect(outcome.text).toBe(csv.slice(0, 2000));
    expect(outcome.verdict).toBeUndefined();
    expect(await blobs[0]?.text()).toBe(csv);
  });
});

describe("other outcomes", () => {
  it("names attachments with or without quotes, else 'download'", () => {
    expect(attachmentName("attachment; filename=a.csv")).toBe("a.csv");
    expect(attachmentName('attachment; filename="b c.csv"')).toBe("b c.csv");
    expect(attachmentName("attachment")).toBe("download");
  });

  it("says why nothing came back, and shows a refusal as it came", () => {
    expect(failedOutcome({ error: new TypeError("Failed to fetch"), attempts: [], ms: 7 })).toEqual({
      status: 0,
      ms: 7,
      headers: [],
      text: "The request could not be sent: Failed to fetch",
      attempts: [],
    });
    expect(plainOutcome(429, { error: { code: "rate_limited" } }).text).toBe(
      '{\n  "error": {\n    "code": "rate_limited"\n  }\n}',
    );
  });
});

describe("attemptLine", () => {
  // Each number is bound to its unit by a no-break space; read here as a plain one.
  const attemptLine = (attempt: Attempt) => {
    const line = lineOf(attempt);
    expect(line).not.toMatch(/\d (ms|s)\b/);
    return line.replaceAll("\u00a0", " ");
  };

  it("shows an attempt in flight, then its status and time", () => {
    expect(attemptLine({ attempt: 2, status: "sending", ms: 0 })).toBe("Attempt 2: sending…");
    expect(attemptLine({ attempt: 2, status: 201, ms: 38 })).toBe("Attempt 2: 201 in 38 ms");
    expect(attemptLine({ attempt: 1, status: "network", ms: 1_250 })).toBe("Attempt 1: network in 1.25 s");
  });

  it("shows the wait ahead while it lasts, and what it took once the next attempt began", () => {
    const failed = { attempt: 1, status: 503, ms: 12 };
    expect(attemptLine({ ...failed, wait: { retryAfterMs: 1_000, backoffMs: [250, 500] } })).toBe(
      "Attempt 1: 503 in 12 ms · waiting 1 s (Retry-After) + 250 ms–500 ms backoff before attempt 2…",
    );
    expect(attemptLine({ ...failed, wait: { backoffMs: [500, 1_000] }, waitedMs: 1_412 })).toBe(
      "Attempt 1: 503 in 12 ms · waited 1.41 s (500 ms–1 s backoff)",
    );
  });
});
