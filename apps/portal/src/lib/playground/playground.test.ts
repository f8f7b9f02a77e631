import { typescriptSample } from "@portico/api-client/typescript-sample";
import { describe, expect, it } from "vitest";
import { buildPath, checkBody, checkResponse, exampleBody, findOperation } from "./operations.ts";
import { curlSample, pythonSample, type SampleRequest, sampleRequest } from "./samples.ts";
import { decodeState, encodeState } from "./share.ts";

const createCart = findOperation("throttle", "createCart");
if (!createCart) throw new Error("catalogue lacks createCart");

describe("body checking, as the sandbox would answer", () => {
  it("accepts the operation's own example", () => {
    expect(checkBody(createCart, exampleBody(createCart))).toEqual([]);
  });

  it("shows an unknown key at its place with the canonical field", () => {
    const issues = checkBody(
      createCart,
      '{"application_id": "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c", "currency": "USD"}',
    );
    expect(issues).toContainEqual({
      where: "application_id",
      message: "Unsupported field(s): application_id",
      suggestion: "applicationId",
    });
    expect(issues).toContainEqual({ where: "applicationId", message: "Required" });
  });

  it("reports JSON that does not parse", () => {
    expect(checkBody(createCart, "{")[0]?.message).toMatch(/^Not valid JSON/);
  });
});

describe("response verdicts", () => {
  it("names the documented schema a body matches, or lists each violation by path", () => {
    const ok = checkResponse(createCart, 201, {
      data: {
        id: "0193a0b2-7e11-7b55-a3c4-5d6e7f8a9b0c",
        workspaceId: "0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b",
        applicationId: "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c",
        currency: "USD",
        netN: null,
        lineItems: [],
      },
      meta: { requestId: "r" },
    });
    expect(ok).toEqual({ schemaName: "CartResponse", issues: [] });
    const bad = checkResponse(createCart, 201, { data: { id: 5 }, meta: {} });
    expect(bad.schemaName).toBe("CartResponse");
    expect(bad.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["data.id", "meta.requestId"]));
    expect(checkResponse(createCart, 400, { error: { code: "invalid_json", message: "m" } })).toEqual({
      schemaName: "ErrorEnvelope (createCart 400)",
      issues: [],
    });
  });

  it("judges an error by the codes its status documents, and an undocumented status by the envelope", () => {
    const withoutDetails = checkResponse(createCart, 400, { error: { code: "validation_error", message: "m" } });
    expect(withoutDetails.issues.map((i) => i.path)).toEqual(["error"]);
    expect(checkResponse(createCart, 401, { error: { code: "not_found", message: "m" } }).issues).not.toEqual([]);
    expect(checkResponse(createCart, 418, { error: { code: "not_found", message: "m" } })).toEqual({
      schemaName: "ErrorEnvelope",
      issues: [],
    });
  });
});

describe("requests and samples", () => {
  const getCart = findOperation("throttle", "getCart");
  it("fills path parameters and appends only the query given", () => {
    if (!getCart) throw new Error("no getCart");
    expect(buildPath("throttle", getCart, { cartId: "a b" }, {})).toBe("/sandbox/throttle/api/v1/carts/a%20b");
    const list = findOperation("pqc", "listInventory");
    if (!list) throw new Error("no listInventory");
    expect(buildPath("pqc", list, {}, { limit: "10", cursor: "" })).toBe("/sandbox/pqc/v1/pqc/inventory?limit=10");
  });

  const request: SampleRequest = {
    product: "throttle",
    method: "POST",
    origin: "http://localhost:3000",
    templatePath: "/api/v1/carts",
    path: "/sandbox/throttle/api/v1/carts",
    server: "/sandbox/throttle",
    pathParams: {},
    query: {},
    headers: { "Idempotency-Key": "k-1", "X-Sandbox-Simulate": "" },
    body: '{"applicationId": "x", "note": "it\'s"}',
    authenticated: true,
  };

  it("writes curl with the key as a variable and the body quoted for the shell", () => {
    const curl = curlSample(request);
    expect(curl).toContain("curl -X POST 'http://localhost:3000/sandbox/throttle/api/v1/carts'");
    expect(curl).toContain('-H "Authorization: Bearer $PORTICO_API_KEY"');
    expect(curl).toContain("-H 'Idempotency-Key: k-1'");
    expect(curl).not.toContain("X-Sandbox-Simulate");
    expect(curl).toContain(`--data '{"applicationId": "x", "note": "it'\\''s"}'`);
  });

  it("writes TypeScript with @portico/api-client and Python with requests", () => {
    const ts = typescriptSample(request);
    expect(ts).toContain('import { createPorticoClient, unwrap } from "@portico/api-client";');
    expect(ts).toContain('import type { paths } from "@portico/api-client/throttle-types";');
    expect(ts).toContain('baseUrl: "http://localhost:3000/sandbox/throttle",');
    expect(ts).toContain("console.log(JSON.stringify(result, null, 2));");
    expect(ts).toContain(
      'client.POST("/api/v1/carts", { body: {"applicationId": "x", "note": "it\'s"}, headers: {"Idempotency-Key":"k-1"} })',
    );
    const py = pythonSample({ ...request, body: '{"ok": true, "none": null, "name": "nullable true"}' });
    expect(py).toContain("requests.post(");
    expect(py).toContain('json={\n        "ok": True,\n        "none": None,\n        "name": "nullable true"\n    },');
    expect(py).toContain("os.environ['PORTICO_API_KEY']");
  });

  it("sends no key in any sample of POST /sandbox/keys, which hands keys out", () => {
    const createKey = findOperation("throttle", "createSandboxKey");
    if (!createKey) throw new Error("no createSandboxKey");
    const keyRequest = sampleRequest(
      "throttle",
      createKey,
      { pathParams: {}, query: {}, headers: {}, body: '{"product": "throttle"}' },
      "http://localhost:3000",
    );
    const curl = curlSample(keyRequest);
    expect(curl).toContain("curl -X POST 'http://localhost:3000/sandbox/keys'");
    expect(curl).not.toContain("Authorization");
    const py = pythonSample(keyRequest);
    expect(py).not.toContain("PORTICO_API_KEY");
    expect(py).not.toContain("headers=");
    expect(py).toContain('json={\n        "product": "throttle"\n    },');
    const ts = typescriptSample(keyRequest);
    expect(ts).not.toContain("apiKey");
    expect(ts).toContain('baseUrl: "http://localhost:3000/sandbox",');
    // The operations that take the key still show it.
    expect(curlSample({ ...keyRequest, authenticated: true })).toContain('-H "Authorization: Bearer $PORTICO_API_KEY"');
  });
});

describe("share links", () => {
  it("round-trip the request and drop anything that identifies the caller", () => {
    const encoded = encodeState({
      product: "throttle",
      operation: "createCart",
      pathParams: {},
      query: {},
      headers: { Authorization: "Bearer sk_sandbox_secret", "Idempotency-Key": "k" },
      body: '{"currency": "€"}',
    });
    expect(encoded).not.toMatch(/[+/=]/);
    const decoded = decodeState(encoded);
    expect(decoded?.headers).toEqual({ "Idempotency-Key": "k" });
    expect(decoded?.body).toBe('{"currency": "€"}');
    expect(JSON.stringify(decoded)).not.toContain("sk_sandbox");
    expect(decodeState("not-base64!")).toBeUndefined();
    expect(decodeState(btoa('{"product": 1}'))).toBeUndefined();
  });
});
