import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { EXAMPLE_IDS } from "@portico/schemas/openapi-examples";
import { describe, expect, it } from "vitest";
import { type ServedDocument, SIMULATE_HEADER, scalarDocument } from "./scalar-document.ts";

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  examples?: Record<string, Record<string, unknown>>;
}
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  servers?: { url: string }[];
  "x-scalar-selected-server"?: string;
};

const ORIGIN = "http://127.0.0.1:3210";

const served = (product: "throttle" | "pqc") => buildOpenApiDocument(product) as unknown as ServedDocument;
const operation = (document: ServedDocument, path: string, method: string) =>
  document.paths[path]?.[method] as Operation;
const simulate = (op: Operation) => op.parameters?.find((p) => p.name === SIMULATE_HEADER);

describe("scalarDocument", () => {
  it("offers X-Sandbox-Simulate with a value but marked off, on every operation that has it", () => {
    const document = scalarDocument(served("throttle"), "throttle", {}, ORIGIN);
    let seen = 0;
    for (const item of Object.values(document.paths))
      for (const op of Object.values(item) as Operation[]) {
        const header = simulate(op);
        if (!header) continue;
        seen++;
        expect(header.examples?.default).toMatchObject({ value: "429", "x-disabled": true });
      }
    expect(seen).toBeGreaterThan(5);
  });

  it("puts the reader's ids in place of the documented ones, in path parameters and bodies", () => {
    const ids = { applicationId: "app-of-reader", customerId: "customer-of-reader", cartId: "cart-of-reader" };
    const document = scalarDocument(served("throttle"), "throttle", ids, ORIGIN);
    const createCart = operation(document, "/api/v1/carts", "post");
    expect(createCart.requestBody?.content["application/json"]?.example).toMatchObject({
      applicationId: "app-of-reader",
    });
    const addLineItem = operation(document, "/api/v1/carts/{cartId}/line-items", "post");
    expect(addLineItem.parameters?.find((p) => p.name === "cartId")?.example).toBe("cart-of-reader");
    expect(addLineItem.requestBody?.content["application/json"]?.example).toMatchObject({
      customerId: "customer-of-reader",
    });
    const getAsset = operation(
      scalarDocument(served("pqc"), "pqc", { assetId: "asset-of-reader" }, ORIGIN),
      "/v1/pqc/inventory/{assetId}",
      "get",
    );
    expect(getAsset.parameters?.find((p) => p.name === "assetId")?.example).toBe("asset-of-reader");
  });

  it("gives a required parameter of one possible value that value, so it is not sent empty", () => {
    const document = scalarDocument(served("pqc"), "pqc", {}, ORIGIN);
    const report = operation(document, "/v1/pqc/reports/inventory", "get");
    expect(report.parameters?.find((p) => p.name === "format")?.example).toBe("csv");
  });

  it("selects POST /sandbox/keys' own server, resolved as Scalar resolves it, and no other operation's", () => {
    for (const product of ["throttle", "pqc"] as const) {
      const document = scalarDocument(served(product), product, {}, ORIGIN);
      const createKey = operation(document, "/keys", "post");
      expect(createKey.servers).toEqual([{ url: "/sandbox" }]);
      expect(createKey["x-scalar-selected-server"]).toBe(`${ORIGIN}/sandbox`);
      const others = Object.entries(document.paths)
        .filter(([path]) => path !== "/keys")
        .flatMap(([, item]) => Object.values(item) as Operation[]);
      expect(others.length).toBeGreaterThan(3);
      for (const op of others) expect(op["x-scalar-selected-server"]).toBeUndefined();
    }
  });

  it("keeps the documented ids the reader has no stand-in for, and leaves the served document alone", () => {
    const original = served("throttle");
    const before = JSON.stringify(original);
    const document = scalarDocument(original, "throttle", { applicationId: "app-of-reader" }, ORIGIN);
    const getCart = operation(document, "/api/v1/carts/{cartId}", "get");
    expect(getCart.parameters?.find((p) => p.name === "cartId")?.example).toBe(EXAMPLE_IDS.cart);
    expect(JSON.stringify(original)).toBe(before);
    expect(simulate(operation(original, "/api/v1/carts", "post"))?.examples).toBeUndefined();
    expect(operation(original, "/keys", "post")["x-scalar-selected-server"]).toBeUndefined();
  });
});
