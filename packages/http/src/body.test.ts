import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limitJsonBody, readJson } from "./body.ts";
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
