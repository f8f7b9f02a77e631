import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { createTestStore } from "@portico/store/testing";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxApp } from "./create-sandbox-app.ts";
import { PRODUCT_SANDBOXES } from "./product-sandboxes.ts";
import { harnessCounts, responseProblems } from "./response-harness.ts";
import type { SandboxEnv } from "./sandbox-env.ts";
import { checkedFetch, createTestSandbox, type TestSandbox } from "./testing.ts";

/** How a product router is made to answer what its document does not say, per `X-Test-Tamper`. */
const TAMPERINGS: Record<string, (response: Response) => Promise<Response>> = {
  status: async (response) => new Response(await response.text(), { status: 418, headers: response.headers }),
  "first-field": async (response) => {
    const body = (await response.json()) as Record<string, unknown>;
    delete body[Object.keys(body)[0] as string];
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  },
  // Hono copies the old response's headers into a replacement, so this one is changed in place.
  "rate-limit-header": async (response) => {
    response.headers.delete("ratelimit");
    return response;
  },
};

/** Every product's sandbox, with its router's answers changed after the fact when a test asks. */
const tamperedSandboxes = Object.fromEntries(
  Object.entries(PRODUCT_SANDBOXES).map(([id, sandbox]) => [
    id,
    {
      ...sandbox,
      createRouter: (deps: Parameters<typeof sandbox.createRouter>[0]) => {
        const router = new Hono<SandboxEnv>();
        router.use(async (c, next) => {
          await next();
          const tamper = TAMPERINGS[c.req.header("x-test-tamper") ?? ""];
          if (tamper) c.res = await tamper(c.res);
        });
        return router.route("/", sandbox.createRouter(deps));
      },
    },
  ]),
) as typeof PRODUCT_SANDBOXES;

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox("sqlite", { sandboxes: tamperedSandboxes });
});
afterAll(() => sandbox.close());

/** A product's list operation: an authenticated read with no path parameter or required query. */
function listOperation(product: ProductId) {
  const op = operationsOf(product).find(
    (o) => o.method === "get" && !o.path.includes("{") && o.authenticated !== false && !o.path.includes("report"),
  );
  if (!op) throw new Error(`${product} has no list operation`);
  return op;
}

describe.each(PRODUCT_IDS)("the in-process harness on the %s sandbox", (product) => {
  const op = listOperation(product);
  const read = async (tamper?: string) =>
    sandbox.call("GET", `/${product}${op.path}`, {
      key: await sandbox.apiKey(product),
      headers: tamper ? { "x-test-tamper": tamper } : {},
    });

  it("passes the router's own answer", async () => {
    expect((await read()).status).toBe(200);
  });

  it("fails the call on a status the operation does not declare, naming operation and status", async () => {
    await expect(read("status")).rejects.toThrow(`${op.operationId} 418: status 418 is not documented`);
  });

  it("fails the call on a body missing a required field, naming its JSON path", async () => {
    await expect(read("first-field")).rejects.toThrow(
      new RegExp(`${op.operationId} 200: body \\(root\\) must have required property '\\w+'`),
    );
  });

  it("fails the call on a missing required header", async () => {
    await expect(read("rate-limit-header")).rejects.toThrow(
      `${op.operationId} 200: required header RateLimit is missing`,
    );
  });
});

describe("a request off every document", () => {
  it("fails unless the test says why", async () => {
    await expect(sandbox.call("GET", "/no-such-route")).rejects.toThrow(
      "GET /sandbox/no-such-route: no served document describes this path",
    );
    const before = harnessCounts.undocumented;
    const unknown = await sandbox.call("GET", "/no-such-route", { undocumented: "an unknown route" });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, "not_found"]);
    expect(harnessCounts.undocumented).toBe(before + 1);
  });

  it("cannot be claimed for a request the document describes, nor without a reason", async () => {
    const keys = { body: { product: PRODUCT_IDS[0] } };
    await expect(sandbox.call("POST", "/keys", { ...keys, undocumented: "not really" })).rejects.toThrow(
      "POST /sandbox/keys is createSandboxKey in the document; it cannot be marked undocumented",
    );
    await expect(sandbox.call("GET", "/no-such-route", { undocumented: " " })).rejects.toThrow(
      "an undocumented request needs a reason",
    );
  });

  it("must still be refused in the error envelope, with a request id", () => {
    const response = {
      method: "GET",
      path: "/sandbox/no-such-route",
      headers: new Headers({ "content-type": "application/json" }),
      undocumented: "an unknown route",
    };
    expect(responseProblems({ ...response, status: 200, body: '{"error":{"code":"not_found"}}' })).toEqual([
      "GET /sandbox/no-such-route 200 (undocumented: an unknown route): an undocumented request must be refused, not answered 200",
      "GET /sandbox/no-such-route 200 (undocumented: an unknown route): header X-Request-Id is missing",
      "GET /sandbox/no-such-route 200 (undocumented: an unknown route): body/error/message Invalid input: expected string, received undefined",
    ]);
  });
});

describe("checkedFetch on an app of a test's own", () => {
  it("checks what any Hono app of the sandbox answers, mounted under any base path", async () => {
    const store = await createTestStore("sqlite");
    try {
      const app = createSandboxApp({ store, basePath: "/elsewhere" });
      const init = { method: "POST", headers: { "content-type": "application/json" }, body: "{}" };
      const refused = await checkedFetch(app, "/elsewhere/keys", init, { basePath: "/elsewhere" });
      expect(refused.status).toBe(400);
      const forgetful = {
        request: async (input: string | URL | Request, requestInit?: RequestInit) => {
          const response = await app.request(input, requestInit);
          return new Response(await response.text(), { status: 400 });
        },
      };
      await expect(checkedFetch(forgetful, "/elsewhere/keys", init, { basePath: "/elsewhere" })).rejects.toThrow(
        "createSandboxKey 400: required header X-Request-Id is missing",
      );
    } finally {
      await store.close();
    }
  });
});
