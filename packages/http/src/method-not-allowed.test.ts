import { describe, expect, it } from "vitest";
import { getOnly } from "./method-not-allowed.ts";

describe("getOnly", () => {
  it("answers another method on a GET-only route with the 405 envelope, Allow and the request id", async () => {
    const response = getOnly(
      new Request("http://portal.test/healthz", { method: "POST", headers: { "x-request-id": "probe-1" } }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(response.headers.get("x-request-id")).toBe("probe-1");
    expect(await response.json()).toEqual({
      error: { code: "method_not_allowed", message: "POST is not allowed on /healthz; it takes GET, HEAD" },
    });
  });
});
