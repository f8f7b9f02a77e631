import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ADMIN_TOKEN } from "../playwright.config.ts";
import { expect, test } from "../support/fixtures.ts";

// Portico's MCP server on the production server, driven by the SDK's own client over Streamable
// HTTP, configured with nothing but the portal's URL.

/** A connected client of `${baseURL}/mcp`; closed by the caller. */
async function connect(baseURL: string) {
  const client = new Client({ name: "portico-e2e", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", baseURL)));
  return client;
}

/** A tool's structured answer; a tool error fails the test with its envelope. */
async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  const [first] = result.content as { type: string; text: string }[];
  expect(result.isError, first?.text).toBeFalsy();
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever came back and assert on it.
  return result.structuredContent as any;
}

const INITIALIZE = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

test.describe("the MCP server at /mcp", () => {
  let client: Client;
  test.beforeEach(async ({ baseURL }) => {
    client = await connect(baseURL ?? "");
  });
  test.afterEach(async () => {
    await client.close();
  });

  test("lists its tools and every docs page and OpenAPI document as resources", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      "call_sandbox",
      "create_sandbox_key",
      "get_operation",
      "get_page",
      "list_operations",
      "search_docs",
      "send_doc_feedback",
      "validate_request",
    ]);
    expect(tools.find((tool) => tool.name === "search_docs")?.annotations).toMatchObject({ readOnlyHint: true });
    const { resources } = await client.listResources();
    const uris = resources.map((resource) => resource.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        "portico://pqc/conventions",
        "portico://throttle/conventions",
        "portico://openapi/pqc.json",
        "portico://openapi/throttle.json",
        "portico://openapi/portico.json",
      ]),
    );
  });

  test("answers how to page through the PQC inventory", async ({ baseURL }) => {
    const idempotency = await call(client, "search_docs", { query: "idempotency" });
    expect(idempotency.results[0]).toMatchObject({
      kind: "section",
      product: "pqc",
      url: `${baseURL}/pqc/conventions#idempotency-for-writes`,
    });
    const pagination = await call(client, "search_docs", { query: "pagination", product: "pqc" });
    expect(pagination.results[0].url).toBe(`${baseURL}/pqc/conventions#pagination`);
    const page = await call(client, "get_page", { product: "pqc", page: "conventions" });
    expect(page.markdown).toBe(await (await fetch(`${baseURL}/pqc/conventions.md`)).text());
    const { operations } = await call(client, "list_operations", { product: "pqc" });
    const list = operations.find((op: { method: string; paginated: boolean }) => op.method === "GET" && op.paginated);
    const detail = await call(client, "get_operation", { product: "pqc", operationId: list.operationId });
    expect(detail.conventions.pagination).toMatch(/nextCursor/);
  });

  test("checks a snake_case cart body and suggests the canonical field", async () => {
    const verdict = await call(client, "validate_request", {
      product: "throttle",
      operationId: "createCart",
      body: { application_id: "0192f5e4-7b3a-7c41-9d2e-3f4a5b6c7d8e", currency: "USD" },
    });
    expect(verdict.valid).toBe(false);
    expect(verdict.issues).toContainEqual(expect.objectContaining({ suggestion: "applicationId" }));
    expect(verdict.answer).toMatchObject({ status: 400, body: { error: { code: "validation_error" } } });
  });

  test("creates a key, then a cart, and replays it with the same Idempotency-Key", async () => {
    const { apiKey } = await call(client, "create_sandbox_key", { product: "throttle" });
    const applications = await call(client, "call_sandbox", {
      product: "throttle",
      operationId: "listApplications",
      apiKey,
    });
    const applicationId = applications.body.data[0].id;
    const create = {
      product: "throttle",
      operationId: "createCart",
      apiKey,
      idempotencyKey: "e2e-mcp-cart-1",
      body: { applicationId, currency: "USD" },
    };
    const first = await call(client, "call_sandbox", create);
    expect(first).toMatchObject({ status: 201, documented: { schema: "CartResponse", matches: true } });
    expect(first.headers["x-request-id"]).toBeTruthy();
    const again = await call(client, "call_sandbox", create);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toEqual(first.body);
    const read = await call(client, "call_sandbox", {
      product: "throttle",
      operationId: "getCart",
      apiKey,
      pathParams: { cartId: first.body.data.id },
    });
    expect(read).toMatchObject({ status: 200, documented: { matches: true } });
  });

  test("sends feedback that writers find in the admin API, marked as sent through MCP", async ({ request }) => {
    const comment = `From an assistant ${Date.now()}`;
    const receipt = await call(client, "send_doc_feedback", {
      pagePath: "/throttle/conventions",
      helpful: false,
      anchor: "errors",
      comment,
    });
    const list = await request.get("/api/admin/feedback?limit=100&pagePath=/throttle/conventions", {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(list.status()).toBe(200);
    const item = (await list.json()).data.find((entry: { id: string }) => entry.id === receipt.id);
    expect(item).toMatchObject({ comment, channel: "mcp", anchor: "errors", helpful: false });
  });
});

test("refuses a foreign Origin with 403 and the error envelope, and serves its own", async ({ baseURL }) => {
  const post = (origin: string) =>
    fetch(`${baseURL}/mcp`, {
      method: "POST",
      headers: { origin, "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify(INITIALIZE),
    });
  const foreign = await post("http://attacker.example");
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).error.code).toBe("forbidden");
  const own = await post(baseURL ?? "");
  expect(own.status).toBe(200);
  expect((await own.json()).result.serverInfo.name).toBe("portico");
});

test("answers GET with 405 and Allow: POST (no server-sent stream)", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/mcp`, { headers: { accept: "text/event-stream" } });
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("POST");
  expect((await response.json()).error.code).toBe("method_not_allowed");
});

test("the docs page and /llms.txt name the endpoint @phone", async ({ page, request }) => {
  const llms = await (await request.get("/llms.txt")).text();
  expect(llms).toContain("- [MCP server](/mcp)");
  expect(llms).toContain("(/ai-assistants)");
  await page.goto("/ai-assistants");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Use Portico from an AI assistant");
  await expect(page.locator("article")).toContainText("http://localhost:3000/mcp");
  for (const client of ["Claude Code", "Claude Desktop", "Cursor", "VS Code"]) {
    await expect(page.getByRole("heading", { level: 3, name: client })).toBeVisible();
  }
  // Each client's JSON is checked against its schema when the site is built, and says so.
  await expect(page.locator(".code-block__schema")).toHaveText([
    "Validated: mcp.ClaudeCodeConfig",
    "Validated: mcp.ClaudeDesktopConfig",
    "Validated: mcp.CursorConfig",
    "Validated: mcp.VsCodeConfig",
  ]);
  // Nothing wider than the screen, on a phone as on a desktop.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
});
