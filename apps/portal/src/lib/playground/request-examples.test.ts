import { describe, expect, it } from "vitest";
import { playgroundHref } from "./playground-href.ts";
import { matchRequestExample, PLACEHOLDER_ORIGIN, parseCurl, shellWords } from "./request-examples.ts";
import { SAMPLE_LANGUAGES, sampleRequest } from "./samples.ts";
import { decodeState } from "./share.ts";

const operationOf = (product: "pqc" | "throttle", lang: string, code: string, schema?: string) =>
  matchRequestExample(product, { lang, code, schema })?.op.operationId;

describe("matching a docs code block to its operation", () => {
  it("finds a JSON request body by the request schema it names", () => {
    const example = matchRequestExample("throttle", {
      lang: "jsonc",
      schema: "throttle.CartCreateRequest",
      code: '// POST /api/v1/carts request body\n{\n  "applicationId": "e7efb0a6-892e-46b2-97ab-296bb04c5b29",\n  "currency": "USD"\n}',
    });
    expect(example?.op.operationId).toBe("createCart");
    expect(example?.request.body).toBe(
      '{\n  "applicationId": "e7efb0a6-892e-46b2-97ab-296bb04c5b29",\n  "currency": "USD"\n}',
    );
  });

  it("opens the provisioning operation of the page's own product", () => {
    const body = '{ "product": "throttle" }';
    const example = matchRequestExample("throttle", { lang: "json", schema: "portico.SandboxKeyRequest", code: body });
    expect(example && playgroundHref(example.product, example.op.operationId, example.request)).toMatch(
      /^\/playground\?product=throttle&operation=createSandboxKey&state=/,
    );
  });

  it("finds a request line by method and path, with its query", () => {
    const example = matchRequestExample("pqc", {
      lang: "http",
      schema: "pqc.InventoryListQuery",
      code: "GET /v1/pqc/inventory?limit=100&cursor=eyJvZmZzZXQiOjEwMH0=",
    });
    expect(example?.op.operationId).toBe("listInventory");
    expect(example?.request.query).toEqual({ limit: "100", cursor: "eyJvZmZzZXQiOjEwMH0=" });
    expect(operationOf("throttle", "http", "GET /api/v1/carts/0193a0b2-5c4e-7d1f-8a2b-3c4d5e6f7a8b")).toBe("getCart");
    expect(
      matchRequestExample("throttle", { lang: "http", code: "POST /api/v1/carts/abc/line-items" })?.request.pathParams,
    ).toEqual({ cartId: "abc" });
  });

  it("finds a curl command by method and absolute path, keeping the headers that change the request", () => {
    const example = matchRequestExample("throttle", {
      lang: "bash",
      code: `curl -i ${PLACEHOLDER_ORIGIN}/sandbox/throttle/api/v1/carts \\\n  -H "Authorization: Bearer $THROTTLE_SECRET_KEY" \\\n  -H "X-Sandbox-Simulate: 503"`,
    });
    expect(example?.op.operationId).toBe("listCarts");
    expect(example?.request.headers).toEqual({ "X-Sandbox-Simulate": "503" });
    const keys = matchRequestExample("pqc", {
      lang: "bash",
      code: `curl -X POST ${PLACEHOLDER_ORIGIN}/sandbox/keys \\\n  -H "Content-Type: application/json" \\\n  -d '{"product": "pqc"}'`,
    });
    expect(keys?.op.operationId).toBe("createSandboxKey");
    expect(keys?.request.body).toBe('{\n  "product": "pqc"\n}');
  });

  it("gives nothing to a block that matches no operation", () => {
    expect(operationOf("throttle", "json", '{ "data": [] }', "throttle.ListResponse")).toBeUndefined();
    expect(operationOf("pqc", "csv", "hostname,system\n")).toBeUndefined();
    expect(operationOf("pqc", "http", "DELETE /v1/pqc/inventory")).toBeUndefined();
    expect(operationOf("pqc", "http", "GET /api/v1/carts")).toBeUndefined();
    expect(operationOf("throttle", "bash", "npm install @portico/api-client")).toBeUndefined();
    expect(
      operationOf("throttle", "bash", `curl ${PLACEHOLDER_ORIGIN}/sandbox/throttle/api/v1/nowhere`),
    ).toBeUndefined();
    expect(operationOf("throttle", "json", '{ "currency": "USD" }')).toBeUndefined();
  });
});

describe("reading a curl command", () => {
  it("splits shell words the way a shell does", () => {
    expect(shellWords(`curl -d '{"a": "it'\\''s"}' -H "X-A: \\"q\\" $V" a\\ b`)).toEqual([
      "curl",
      "-d",
      `{"a": "it's"}`,
      "-H",
      'X-A: "q" $V',
      "a b",
    ]);
  });

  it("defaults the method from the body and refuses what is not one curl call", () => {
    expect(parseCurl("curl https://a.example/x --data '{}'")?.method).toBe("POST");
    expect(parseCurl("curl https://a.example/x")?.method).toBe("GET");
    expect(parseCurl("wget https://a.example/x")).toBeUndefined();
    expect(parseCurl("curl https://a.example/x https://a.example/y")).toBeUndefined();
  });
});

it("a docs sample and its Try it describe the same request as the playground's samples", () => {
  const example = matchRequestExample("pqc", { lang: "http", code: "GET /v1/pqc/inventory?limit=100" });
  if (!example) throw new Error("no match");
  const href = playgroundHref(example.product, example.op.operationId, example.request);
  const shared = decodeState(new URL(href, PLACEHOLDER_ORIGIN).searchParams.get("state"));
  expect(shared?.query).toEqual({ limit: "100" });
  const request = sampleRequest("pqc", example.op, example.request, PLACEHOLDER_ORIGIN);
  const [curl, ts, python] = SAMPLE_LANGUAGES.map((language) => language.write(request));
  expect(curl).toContain(`curl -X GET '${PLACEHOLDER_ORIGIN}/sandbox/pqc/v1/pqc/inventory?limit=100'`);
  expect(ts).toContain(`client.GET("/v1/pqc/inventory", { params: { query: {"limit":"100"} } })`);
  expect(python).toContain(`"${PLACEHOLDER_ORIGIN}/sandbox/pqc/v1/pqc/inventory?limit=100"`);
});
