// The fixtures' response checker on fabricated responses: plain function checks, no browser.
import { expect, test } from "@playwright/test";
import type { OpenApiDocument } from "@portico/schemas/expect-documented";
import { servedDocument } from "@portico/schemas/openapi";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { ResponseChecker, type SeenResponse, servedDocuments } from "../support/documented-responses.ts";

const origin = "http://127.0.0.1:1";
const [product] = PRODUCT_IDS;
if (!product) throw new Error("no product is registered");
const list = operationsOf(product).find((op) => op.method === "get" && !op.path.includes("{"));
const envelope = JSON.stringify({ error: { code: "not_found", message: "No route" } });

/** A checker over the documents as built, which is what the portal serves. */
const checker = () =>
  new ResponseChecker(async (url) => {
    const document = servedDocument(url.replace(/^\/openapi\/(.+)\.json$/, "$1"));
    if (!document) throw new Error(`no document at ${url}`);
    return JSON.parse(JSON.stringify(document)) as OpenApiDocument;
  });

const seen = (response: Partial<SeenResponse> & { path: string }): SeenResponse => ({
  method: "GET",
  status: 200,
  headers: { "content-type": "application/json", "x-request-id": "r-1" },
  body: "{}",
  ...response,
  url: `${origin}${response.path}`,
});

test("names operation, status and JSON path of an undocumented response", async () => {
  expect(list, `${product} has a list operation`).toBeDefined();
  const listPath = `/sandbox/${product}${list?.path}`;
  const check = checker();
  expect(await check.problems(seen({ method: "POST", path: "/sandbox/keys", status: 201 }))).toContain(
    'createSandboxKey 201: body (root) must have required property \'data\' {"missingProperty":"data"}',
  );
  expect(await check.problems(seen({ path: listPath, status: 418 }))).toEqual([
    `${list?.operationId} 418: status 418 is not documented`,
  ]);
  expect(await check.problems(seen({ path: listPath, status: 401, headers: {}, body: envelope }))).toContain(
    `${list?.operationId} 401: required header X-Request-Id is missing`,
  );
  expect(check.counts).toEqual({ validated: 3, undocumented: 0, bodyUnread: 0 });
});

test("checks a redirect's status and headers without its body", async () => {
  const check = checker();
  const redirect = seen({ path: "/sandbox/keys", method: "POST", status: 302, body: undefined });
  expect(await check.problems(redirect)).toEqual(["createSandboxKey 302: status 302 is not documented"]);
  expect(check.counts.bodyUnread).toBe(1);
});

test("holds an unknown sandbox route to the error envelope only when a test says why", async () => {
  const check = checker();
  const unknown = seen({ path: "/sandbox/nowhere", status: 404, body: envelope });
  expect(await check.problems(unknown)).toEqual([
    "GET /sandbox/nowhere: no served document describes this path; " +
      "declare it in `undocumentedRequests` with the reason if the request is off the documents on purpose",
  ]);
  const declared = [{ path: /^\/sandbox\/nowhere$/, reason: "an unknown route" }];
  expect(await check.problems(unknown, declared)).toEqual([]);
  expect(await check.problems({ ...unknown, status: 200 }, declared)).toEqual([
    "GET /sandbox/nowhere 200 (undocumented: an unknown route): an undocumented request must be refused, not answered 200",
  ]);
  const keys = seen({ method: "POST", path: "/sandbox/keys", status: 201 });
  expect(await check.problems(keys, [{ path: /^\/sandbox\/keys$/, reason: "no" }])).toEqual([
    "POST /sandbox/keys is createSandboxKey in the document; it cannot be marked undocumented",
  ]);
});

test("checks Portico's own APIs against /openapi/portico.json", async () => {
  const check = checker();
  expect(servedDocuments().map((document) => document.url)).toContain("/openapi/portico.json");
  const problems = await check.problems(seen({ method: "POST", path: "/api/feedback", status: 201 }));
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.every((problem) => problem.startsWith("createFeedback 201: "))).toBe(true);
  const unknown = seen({ method: "GET", path: "/api/nowhere", status: 404, body: envelope });
  expect((await check.problems(unknown)).join("\n")).toContain("GET /api/nowhere");
  expect(await check.problems(unknown, [{ path: /^\/api\/nowhere$/, reason: "an unknown route" }])).toEqual([]);
});
