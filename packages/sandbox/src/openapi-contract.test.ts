import { ErrorEnvelope } from "@portico/schemas/common";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { EXAMPLE_IDS } from "@portico/schemas/openapi-examples";
import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
const keys: Record<ProductId, string> = { throttle: "", pqc: "" };
/** Real ids standing in for the examples' ids, so example requests hit existing resources. */
const realIds = new Map<string, string>();

beforeAll(async () => {
  sandbox = await createTestSandbox();
  for (const product of PRODUCT_IDS) keys[product] = await sandbox.apiKey(product);
  const get = async (product: ProductId, path: string) =>
    (await sandbox.call("GET", `/${product}${path}`, { key: keys[product] })).json;
  realIds.set(EXAMPLE_IDS.application, (await get("throttle", "/api/v1/applications")).data[0].id);
  realIds.set(EXAMPLE_IDS.customer, (await get("throttle", "/api/v1/customers")).data[0].id);
  const cart = await sandbox.call("POST", "/throttle/api/v1/carts", {
    key: keys.throttle,
    body: { applicationId: realIds.get(EXAMPLE_IDS.application), currency: "USD" },
  });
  realIds.set(EXAMPLE_IDS.cart, cart.json.data.id);
  realIds.set(EXAMPLE_IDS.asset, (await get("pqc", "/v1/pqc/inventory")).items[0].id);
});
afterAll(() => sandbox.close());

const withRealIds = (text: string) =>
  [...realIds].reduce((out, [example, real]) => out.replaceAll(example, real), text);
const PATH_PARAMS: Record<string, string> = {
  applicationId: EXAMPLE_IDS.application,
  customerId: EXAMPLE_IDS.customer,
  cartId: EXAMPLE_IDS.cart,
  assetId: EXAMPLE_IDS.asset,
};

/** The operation's own example request, aimed at this sandbox's real resources. */
function exampleRequest(product: ProductId, op: OperationSpec) {
  const base = op.server === "/sandbox" ? "" : `/${product}`;
  let path = base + op.path.replace(/\{(\w+)\}/g, (_, name: string) => withRealIds(PATH_PARAMS[name] ?? name));
  if (op.operationId === "exportInventoryReport") path += "?format=csv";
  const example = op.requestBody?.example;
  let body: unknown;
  if (op.requestBody?.contentType === "multipart/form-data") {
    body = new FormData();
    (body as FormData).append(
      "file",
      new File([(example as { file: string }).file], "inventory.csv", { type: "text/csv" }),
    );
  } else if (example !== undefined) {
    body = withRealIds(JSON.stringify(example));
  }
  return { path, body };
}

const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

describe.each(PRODUCT_IDS)("the %s sandbox answers as its OpenAPI document says", (product) => {
  const documented = buildOpenApiDocument(product);

  it.each(operationsOf(product).map((op) => [op.operationId, op] as const))(
    "%s: documented success, matching body",
    async (_, op) => {
      const { path, body } = exampleRequest(product, op);
      const response = await sandbox.call(op.method.toUpperCase(), path, {
        key: op.authenticated === false ? undefined : keys[product],
        body,
        headers: { "x-forwarded-for": `contract-${op.operationId}` },
      });
      const [status, spec] = Object.entries(op.responses)[0] ?? [];
      expect(response.status, response.text).toBe(Number(status));
      expect(documented.paths?.[op.path]?.[op.method]?.responses?.[String(status)]).toBeDefined();
      if (isZod(spec?.schema)) expect(spec.schema.safeParse(response.json).error?.issues ?? []).toEqual([]);
      else expect(response.headers.get("content-type")).toBe(spec?.contentType);
    },
  );

  it.each(
    operationsOf(product)
      .filter((op) => op.authenticated !== false)
      .map((op) => [op.operationId, op] as const),
  )("%s: documented 401 envelope without a key", async (_, op) => {
    const { path, body } = exampleRequest(product, op);
    const response = await sandbox.call(op.method.toUpperCase(), path, { body });
    expect(response.status).toBe(401);
    expect(documented.paths?.[op.path]?.[op.method]?.responses?.["401"]).toBeDefined();
    expect(ErrorEnvelope.safeParse(response.json).success).toBe(true);
  });
});
