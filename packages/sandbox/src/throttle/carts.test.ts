import { ErrorEnvelope, UuidV7 } from "@portico/schemas/common";
import { CartResponse } from "@portico/schemas/throttle";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxKeyOf, TestSandbox } from "../testing.ts";
import { postCart, throttleWorkspace } from "./testing.ts";

let sandbox: TestSandbox;
let keys: SandboxKeyOf<"throttle">;
let applicationId: string;

beforeAll(async () => {
  ({ sandbox, keys, applicationId } = await throttleWorkspace());
});
afterAll(() => sandbox.close());

const cart = (key: string, body: unknown, headers: Record<string, string> = {}) =>
  postCart(sandbox, key, body, headers);

describe("carts", () => {
  it("creates the conventions page's cart and answers in its documented shape", async () => {
    const { status, json, headers } = await cart(keys.secretKey, { applicationId, currency: "USD" });
    expect(status).toBe(201);
    const body = CartResponse.parse(json);
    expect(UuidV7.safeParse(body.data.id).success).toBe(true);
    expect(body.data).toMatchObject({
      workspaceId: keys.workspaceId,
      applicationId,
      currency: "USD",
      netN: null,
      lineItems: [],
    });
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(headers.get("location")).toBe(`/sandbox/throttle/api/v1/carts/${body.data.id}`);
    const followed = await sandbox.fetch(`http://sandbox.test${headers.get("location")}`, {
      headers: { authorization: `Bearer ${keys.secretKey}` },
    });
    expect([followed.status, (await followed.json()).data]).toEqual([200, body.data]);
  });

  it("rejects a snake_case alias with the canonical field suggested", async () => {
    const { status, json } = await cart(keys.secretKey, { application_id: applicationId, currency: "USD" });
    expect(status).toBe(400);
    expect(json.error.code).toBe("validation_error");
    expect(json.error.details).toContainEqual({
      path: "",
      code: "unrecognized_keys",
      message: "Unsupported field(s): application_id",
      received: ["application_id"],
      suggestion: "applicationId",
    });
  });

  it("names a single missing field in the error code", async () => {
    const { status, json } = await cart(keys.secretKey, { currency: "USD" });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: {
        code: "missing_application_id",
        message: "applicationId is required",
        details: [{ field: "applicationId", code: "required", message: "Required" }],
      },
    });
  });

  it("answers any JSON body with a 4xx envelope, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const { status, json } = await cart(keys.secretKey, body);
        expect(status === 201 || (status >= 400 && status < 500)).toBe(true);
        if (status !== 201) expect(ErrorEnvelope.safeParse(json).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("answers 404 for another workspace's cart", async () => {
    const mine = await cart(keys.secretKey, { applicationId, currency: "EUR" });
    const other = await sandbox.sandboxKey("throttle");
    const theirs = await sandbox.call("GET", `/throttle/api/v1/carts/${mine.json.data.id}`, { key: other.secretKey });
    expect([theirs.status, theirs.json.error.code]).toEqual([404, "not_found"]);
  });
});
