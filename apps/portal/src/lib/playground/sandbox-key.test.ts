import { getProduct } from "@portico/schemas/products";
import { describe, expect, it } from "vitest";
import { createdSandboxKey, requestSandboxKey } from "./sandbox-key.ts";

describe("requestSandboxKey", () => {
  it("posts the product and returns the credential its requests send", async () => {
    const field = getProduct("pqc").sandboxKey.credentialField;
    const result = await requestSandboxKey("pqc", async (url, init) => {
      expect(url).toBe("/sandbox/keys");
      expect(init).toMatchObject({ method: "POST", credentials: "omit", body: '{"product":"pqc"}' });
      return Response.json({ data: { [field]: "pqc_key", other: "x" } }, { status: 201 });
    });
    expect(result).toEqual({ key: "pqc_key" });
  });

  it("hands back a refusal as it came", async () => {
    const body = { error: { code: "rate_limited", message: "slow down" } };
    const result = await requestSandboxKey("throttle", async () => Response.json(body, { status: 429 }));
    expect(result).toEqual({ refused: { status: 429, body } });
  });
});

describe("createdSandboxKey", () => {
  const origin = "http://127.0.0.1:3210";
  const field = getProduct("pqc").sandboxKey.credentialField;
  const ask = (body: unknown, url = `${origin}/sandbox/keys`, method = "POST") =>
    new Request(url, { method, body: JSON.stringify(body) });
  const created = () => Response.json({ data: { [field]: "pqc_key" } }, { status: 201 });

  it("reads the product from the request and its credential from the answer", async () => {
    expect(await createdSandboxKey(origin, ask({ product: "pqc" }), created())).toEqual({
      product: "pqc",
      key: "pqc_key",
    });
  });

  it("reads the same answer twice: the client that sent it still shows it", async () => {
    const response = created();
    await createdSandboxKey(origin, ask({ product: "pqc" }), response);
    expect(await response.json()).toEqual({ data: { [field]: "pqc_key" } });
  });

  it("takes nothing from another request, another origin, a refusal or an unreadable body", async () => {
    const cases: [Request, Response][] = [
      [ask({ product: "pqc" }, `${origin}/sandbox/pqc/v1/pqc/inventory`), created()],
      [ask({ product: "pqc" }, "https://elsewhere.example/sandbox/keys"), created()],
      [ask({ product: "nope" }), created()],
      [ask({ product: "pqc" }), Response.json({ error: { code: "rate_limited" } }, { status: 429 })],
      [ask({ product: "pqc" }), new Response("<html>", { status: 201 })],
      [ask({ product: "pqc" }), Response.json({ data: { other: "x" } }, { status: 201 })],
    ];
    for (const [request, response] of cases) expect(await createdSandboxKey(origin, request, response)).toBeUndefined();
  });
});
