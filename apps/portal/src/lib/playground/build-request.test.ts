import { describe, expect, it } from "vitest";
import { buildRequest, emptyPathParams, initialForm, isMultipart, type RequestFormState } from "./build-request.ts";
import { exampleBody, findOperation, type OperationSpec } from "./operations.ts";

const operation = (product: "throttle" | "pqc", id: string): OperationSpec => {
  const op = findOperation(product, id);
  if (!op) throw new Error(`catalogue lacks ${id}`);
  return op;
};
const createCart = operation("throttle", "createCart");
const getCart = operation("throttle", "getCart");
const importInventory = operation("pqc", "importInventory");
const createSandboxKey = operation("throttle", "createSandboxKey");
const BASE = "http://127.0.0.1:3000";
const form = (patch: Partial<RequestFormState> = {}): RequestFormState => ({
  pathParams: {},
  query: {},
  headers: {},
  body: "",
  file: null,
  ...patch,
});

describe("buildRequest", () => {
  it("sends the JSON body with the non-empty headers and the key as Bearer, never cookies", async () => {
    const request = buildRequest(
      "throttle",
      createCart,
      form({ headers: { "Idempotency-Key": "k-1", "X-Request-Id": "", "X-Sandbox-Simulate": "" }, body: '{"a":1}' }),
      "sk_sandbox_x",
      BASE,
    );
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`${BASE}/sandbox/throttle/api/v1/carts`);
    expect(request.credentials).toBe("omit");
    expect([...request.headers]).toEqual([
      ["authorization", "Bearer sk_sandbox_x"],
      ["content-type", "application/json"],
      ["idempotency-key", "k-1"],
    ]);
    expect(await request.text()).toBe('{"a":1}');
  });

  it("fills the path and query, and sends no body or key where none belongs", async () => {
    const request = buildRequest("throttle", getCart, form({ pathParams: { cartId: "c 1" } }), undefined, BASE);
    expect(request.method).toBe("GET");
    expect(request.url).toBe(`${BASE}/sandbox/throttle/api/v1/carts/c%201`);
    expect(request.headers.has("authorization")).toBe(false);
    expect(request.body).toBeNull();

    const provision = buildRequest("throttle", createSandboxKey, form({ body: "{}" }), "sk_sandbox_x", BASE);
    expect(provision.url).toBe(`${BASE}/sandbox/keys`);
    expect(provision.headers.has("authorization")).toBe(false);
  });

  it("sends a chosen file as multipart `file`", async () => {
    expect(isMultipart(importInventory)).toBe(true);
    const file = new File(["hostname\nvpn\n"], "inventory.csv", { type: "text/csv" });
    const request = buildRequest("pqc", importInventory, form({ file }), "k", BASE);
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const sent = (await request.formData()).get("file");
    expect(sent).toBeInstanceOf(File);
    expect(await (sent as File).text()).toBe("hostname\nvpn\n");
  });
});

describe("initialForm", () => {
  const shared = {
    product: "throttle",
    operation: "createCart",
    pathParams: {},
    query: {},
    headers: { "Idempotency-Key": "k" },
    body: "{}",
  };

  it("takes a link's request when the link is for this operation", () => {
    expect(initialForm("throttle", createCart, shared)).toEqual({
      ...form(),
      headers: { "Idempotency-Key": "k" },
      body: "{}",
    });
  });

  it("starts from the operation's example otherwise", () => {
    expect(initialForm("throttle", createCart, { ...shared, operation: "listCarts" })).toEqual(
      form({ body: exampleBody(createCart) }),
    );
    expect(initialForm("throttle", getCart, undefined)).toEqual(form());
  });
});

describe("emptyPathParams", () => {
  const getAsset = operation("pqc", "getAsset");
  it("names each blank or whitespace-only path parameter, and none when all are filled", () => {
    expect(emptyPathParams(getAsset, {})).toEqual(["assetId"]);
    expect(emptyPathParams(getAsset, { assetId: "  " })).toEqual(["assetId"]);
    expect(emptyPathParams(getAsset, { assetId: "0193a0b3" })).toEqual([]);
    expect(emptyPathParams(getCart, { cartId: "" })).toEqual(["cartId"]);
  });
  it("has nothing to name on an operation without path parameters", () => {
    expect(emptyPathParams(createCart, {})).toEqual([]);
  });
});
