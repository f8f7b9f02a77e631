import { describe, expect, it } from "vitest";
import { playgroundHref } from "./playground-href.ts";
import { decodeState } from "./share.ts";

describe("playgroundHref", () => {
  it("opens an operation", () => {
    expect(playgroundHref("pqc", "listInventory")).toBe("/playground?product=pqc&operation=listInventory");
  });

  it("carries only the request, without credentials or a history entry's status and time", () => {
    const href = playgroundHref("throttle", "createCart", {
      pathParams: {},
      query: { limit: "5" },
      headers: { Authorization: "Bearer sk_sandbox_secret", "X-Request-Id": "r" },
      body: "{}",
      ...{ status: 201, at: "2026-01-01T00:00:00.000Z" },
    });
    expect(href).toMatch(/^\/playground\?product=throttle&operation=createCart&state=[\w-]+$/);
    const state = decodeState(new URL(href, "http://x").searchParams.get("state"));
    expect(state).toEqual({
      product: "throttle",
      operation: "createCart",
      pathParams: {},
      query: { limit: "5" },
      headers: { "X-Request-Id": "r" },
      body: "{}",
    });
  });
});
