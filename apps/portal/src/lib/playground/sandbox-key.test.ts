import { getProduct } from "@portico/schemas/products";
import { describe, expect, it } from "vitest";
import { requestSandboxKey } from "./sandbox-key.ts";

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
