import { documentedProblems, expectDocumented, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExampleRequests, exampleRequests } from "./example-requests.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

let sandbox: TestSandbox;
let examples: ExampleRequests;

beforeAll(async () => {
  sandbox = await createTestSandbox();
  examples = await exampleRequests(sandbox);
});
afterAll(() => sandbox.close());

/** The path of the first string found below the root, and a copy of `value` with it made a number. */
function breakFirstNestedString(value: unknown, path: string[] = []): { path: string; broken: unknown } | undefined {
  if (typeof value === "string" && path.length > 1) return { path: `/${path.join("/")}`, broken: 12345 };
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = breakFirstNestedString(child, [...path, key]);
    if (found) {
      const copy = Array.isArray(value) ? [...value] : { ...value };
      (copy as Record<string, unknown>)[key] = found.broken;
      return { path: found.path, broken: copy };
    }
  }
  return undefined;
}

describe.each(PRODUCT_IDS)("expectDocumented on the %s document", (product: ProductId) => {
  const served: OpenApiDocument = JSON.parse(JSON.stringify(buildOpenApiDocument(product)));
  const op = operationsOf(product).find((o) => o.method === "get" && o.authenticated !== false);
  if (!op) throw new Error(`${product} has no authenticated read`);

  const real = async () => {
    const { path } = examples.request(product, op);
    const response = await sandbox.call("GET", path, { key: examples.keys.get(product) });
    return { path: `/sandbox${path}`, ...response };
  };

  it("passes the operation's real answer", async () => {
    const { path, status, headers, text } = await real();
    expect(documentedProblems(served, "get", path, status, headers, text)).toEqual([]);
  });

  it("fails on a status the operation does not declare, naming operation and status", async () => {
    const { path, headers, text } = await real();
    expect(() => expectDocumented(served, "get", path, 418, headers, text)).toThrow(
      `${op.operationId} 418: status 418 is not documented`,
    );
  });

  it("fails on a body missing a required field, or with a field of the wrong type, naming its JSON path", async () => {
    const { path, status, headers, json } = await real();
    const [first] = Object.keys(json);
    const missing = { ...json };
    delete missing[first as string];
    expect(() => expectDocumented(served, "get", path, status, headers, JSON.stringify(missing))).toThrow(
      new RegExp(`${op.operationId} ${status}: body \\(root\\) must have required property '${first}'`),
    );
    const wrong = breakFirstNestedString(json);
    if (!wrong) throw new Error("no nested string in the answer");
    expect(() => expectDocumented(served, "get", path, status, headers, JSON.stringify(wrong.broken))).toThrow(
      `${op.operationId} ${status}: body${wrong.path} must be string`,
    );
  });

  it("fails on a missing required header and on an error code the status does not list", async () => {
    const { path, status, headers, text } = await real();
    const without = new Headers(headers);
    without.delete("x-request-id");
    expect(() => expectDocumented(served, "get", path, status, without, text)).toThrow(
      `${op.operationId} ${status}: required header X-Request-Id is missing`,
    );
    const unlisted = JSON.stringify({ error: { code: "payload_too_large", message: "m" } });
    expect(() => expectDocumented(served, "get", path, 400, headers, unlisted)).toThrow(
      `${op.operationId} 400: body/error`,
    );
  });

  it("fails on a request no operation serves", () => {
    expect(documentedProblems(served, "delete", `/sandbox/${product}/nowhere`, 404, new Headers(), "")).toEqual([
      `DELETE /sandbox/${product}/nowhere: no operation in the document`,
    ]);
  });
});
