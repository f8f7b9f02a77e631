import { CustomerListResponse, LineItemResponse } from "@portico/schemas/throttle";
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

describe("line items", () => {
  it("prices a cart from its line items and checks the customer belongs to the workspace", async () => {
    const created = await cart(keys.secretKey, { applicationId, currency: "USD" });
    const cartId = created.json.data.id;
    const customers = await sandbox.call("GET", "/throttle/api/v1/customers", { key: keys.secretKey });
    const customerId = CustomerListResponse.parse(customers.json).data[0]?.id;
    const add = (body: unknown) =>
      sandbox.call("POST", `/throttle/api/v1/carts/${cartId}/line-items`, { key: keys.secretKey, body });
    const first = await add({ unitPrice: 1999, quantity: 2, externalId: "sku-1", customerId });
    expect(first.status).toBe(201);
    expect(LineItemResponse.parse(first.json).data).toMatchObject({ cartId, unitPrice: 1999, quantity: 2, customerId });
    await add({ unitPrice: 500, quantity: 1 });
    const priced = await sandbox.call("GET", `/throttle/api/v1/carts/${cartId}`, { key: keys.secretKey });
    expect(priced.json.data.netN).toBe(1999 * 2 + 500);
    expect(priced.json.data.lineItems).toHaveLength(2);

    const stranger = await sandbox.sandboxKey("throttle");
    const foreign = await sandbox.call("GET", "/throttle/api/v1/customers", { key: stranger.secretKey });
    expect((await add({ unitPrice: 1, quantity: 1, customerId: foreign.json.data[0].id })).status).toBe(404);
    const qty = await add({ unit_price: 1, qty: 1 });
    expect(qty.json.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ received: ["qty"], suggestion: "quantity" }),
        expect.objectContaining({ received: ["unit_price"], suggestion: "unitPrice" }),
      ]),
    );
  });
});
