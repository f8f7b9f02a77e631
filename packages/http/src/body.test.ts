import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limitJsonBody, parseWith, readJson } from "./body.ts";
import { ApiError } from "./errors.ts";
import { errorResponse, json } from "./respond.ts";

/** One JSON route behind `limitJsonBody(limit)`. */
function app(limit: number) {
  const app = new Hono();
  app.use(limitJsonBody(limit));
  app.post("/echo", async (c) => json(c, await readJson(c, z.object({ note: z.string() }))));
  app.onError((error, c) => (error instanceof ApiError ? errorResponse(c, error) : c.text("unexpected", 500)));
  return app;
}

/** A body the Request streams without a Content-Length, as a chunked upload arrives. */
const chunked = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let at = 0; at < bytes.length; at += 1024) controller.enqueue(bytes.subarray(at, at + 1024));
      controller.close();
    },
  });

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  app(1024).request("/echo", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe("limitJsonBody", () => {
  const large = JSON.stringify({ note: "x".repeat(2000) });

  it("refuses a JSON body declared larger than the limit", async () => {
    const response = await post(large, { "content-length": String(large.length) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  it("refuses a JSON body over the limit sent without a Content-Length, counting what is read", async () => {
    const response = await post(chunked(large));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "payload_too_large", message: "JSON bodies are limited to 1024 bytes" },
    });
  });

  it("reads a chunked JSON body under the limit, and leaves other media types to their own limits", async () => {
    expect(await (await post(chunked(JSON.stringify({ note: "short" })))).json()).toEqual({ note: "short" });
    const text = await app(1024).request("/echo", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: large,
    });
    expect((await text.json()).error.code).toBe("unsupported_media_type");
  });
});

describe("parseWith", () => {
  const Note = z.object({ note: z.string() }).loose();
  const refusal = (input: unknown) => {
    try {
      parseWith(Note, input);
    } catch (error) {
      return (error as ApiError).toEnvelope();
    }
    throw new Error("parsed");
  };

  it("refuses a lone surrogate anywhere in the input, naming each place, with the schema's own findings", () => {
    expect(refusal({ note: "a\ud800", deep: [{ x: "\udc00" }], "k\udbff": 1 }).error).toEqual({
      code: "validation_error",
      message: "Request body validation failed",
      details: expect.arrayContaining([
        expect.objectContaining({ field: "note", code: "invalid_format" }),
        expect.objectContaining({ field: "deep.0.x", code: "invalid_format" }),
        expect.objectContaining({ field: "k\udbff", code: "invalid_format" }),
      ]),
    });
    expect(refusal({ note: 1, other: "\ud800" }).error.details).toHaveLength(2);
  });

  it("accepts a surrogate pair (an emoji) and walks a deeply nested body without overflowing", () => {
    expect(parseWith(Note, { note: "ok \u{1F600}" })).toEqual({ note: "ok \u{1F600}" });
    const deep = JSON.parse(`${"[".repeat(100_000)}"\\ud800"${"]".repeat(100_000)}`);
    expect(refusal({ note: "x", deep }).error.details).toHaveLength(1);
  });
});

describe("ApiError.toEnvelope", () => {
  it("carries at most 50 details and counts the rest", () => {
    const details = Array.from({ length: 120 }, (_, i) => ({ field: `f${i}`, code: "invalid", message: "bad" }));
    const { error } = new ApiError(400, "validation_error", "bad", details).toEnvelope();
    expect(error.details).toEqual(details.slice(0, 50));
    expect(error.omittedDetails).toBe(70);
    expect(new ApiError(400, "validation_error", "bad", details.slice(0, 50)).toEnvelope().error).not.toHaveProperty(
      "omittedDetails",
    );
  });
});
