import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { createFeedbackApp } from "@portico/feedback";
import { findFeedback } from "@portico/feedback/store";
import { createSandboxApp } from "@portico/sandbox";
import { ErrorEnvelope } from "@portico/schemas/common";
import type { Store } from "@portico/store";
import { createTestStore } from "@portico/store/testing";
import MiniSearch from "minisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namedFirst, SEARCH_OPTIONS, type SearchDocument } from "@/lib/search-options";
import { getPage } from "../content";
import { pageMarkdown } from "../markdown";
import { searchDocuments } from "../search-index";
import { docsPageMarkdown, docsPages } from "./content-deps";
import { createMcpServer, TOOLS } from "./create-mcp-server";
import type { McpDeps } from "./mcp-deps";

const ORIGIN = "http://portal.test";

let store: Store;
let client: Client;
let index: MiniSearch<SearchDocument>;

/** The tool's answer (its structured content, or an error's envelope), and whether it was an error. */
async function call(name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  const isError = result.isError === true;
  const [first] = result.content as { type: string; text: string }[];
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever came back and assert on it.
  const data: any = isError ? JSON.parse(first?.text ?? "null") : result.structuredContent;
  // A success says the same in its text as in its structured content.
  if (!isError) expect(JSON.parse(first?.text ?? "null")).toEqual(data);
  return { isError, data };
}

beforeAll(async () => {
  store = await createTestStore("sqlite");
  index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(await searchDocuments());
  const sandbox = createSandboxApp({ store });
  const feedback = createFeedbackApp({
    store,
    findPage: async (path) =>
      (await getPage(...(path.slice(1).split("/") as [string, string])))
        ? { product: path.split("/")[1] ?? "", version: "test" }
        : undefined,
  });
  const deps: McpDeps = {
    origin: ORIGIN,
    searchIndex: async () => index,
    pages: docsPages,
    pageMarkdown: docsPageMarkdown,
    sandbox: async (request) => sandbox.fetch(request),
    feedback: async (request) => feedback.fetch(request, { channel: "mcp" }),
    forwarded: { "x-forwarded-for": "192.0.2.1" },
  };
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(deps).connect(serverSide);
  client = new Client({ name: "portico-test", version: "1.0.0" });
  await client.connect(clientSide);
});

afterAll(async () => {
  await client?.close();
  await store?.close();
});

describe("the MCP server's catalogue", () => {
  it("lists every tool with JSON Schemas and truthful hints", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(TOOLS.map((tool) => tool.name));
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type).toBe("object");
    }
    const hints = Object.fromEntries(tools.map((tool) => [tool.name, tool.annotations]));
    for (const name of ["search_docs", "get_page", "list_operations", "get_operation", "validate_request"]) {
      expect(hints[name]).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
    }
    expect(hints.create_sandbox_key).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(hints.call_sandbox).toMatchObject({ readOnlyHint: false, destructiveHint: true, openWorldHint: false });
    // The input schema is the shared one: the feedback tool refuses what the form refuses.
    const feedback = tools.find((tool) => tool.name === "send_doc_feedback");
    expect(feedback?.inputSchema.required).toEqual(["pagePath", "helpful"]);
    expect(feedback?.inputSchema.additionalProperties).toBe(false);
  });

  it("lists every docs page and OpenAPI document as resources, and reads them", async () => {
    const { resources } = await client.listResources();
    expect(resources).toContainEqual(
      expect.objectContaining({ uri: "portico://pqc/conventions", mimeType: "text/markdown" }),
    );
    expect(resources).toContainEqual(
      expect.objectContaining({ uri: "portico://openapi/throttle.json", mimeType: "application/json" }),
    );
    const textOf = async (uri: string) => {
      const [content] = (await client.readResource({ uri })).contents;
      return content && "text" in content ? content.text : undefined;
    };
    expect(await textOf("portico://throttle/conventions")).toMatch(/^# /);
    expect(JSON.parse(String(await textOf("portico://openapi/pqc.json"))).openapi).toBe("3.1.0");
    await expect(client.readResource({ uri: "portico://nowhere/at-all" })).rejects.toThrow(/Resource not found/);
  });
});

describe("docs tools", () => {
  it("search_docs ranks like the dialog and answers absolute URLs with anchors", async () => {
    const { data } = await call("search_docs", { query: "idempotency", limit: 5 });
    const dialog = index.search(namedFirst("idempotency")).slice(0, 5);
    expect(data.results.map((hit: { url: string }) => hit.url)).toEqual(dialog.map((hit) => `${ORIGIN}${hit.href}`));
    expect(data.results[0].url).toBe(`${ORIGIN}/pqc/conventions#idempotency-for-writes`);
  });

  it("search_docs keeps to one product: PQC's idempotency section, then how to page through its inventory", async () => {
    const idempotency = await call("search_docs", { query: "idempotency", product: "pqc" });
    expect(idempotency.data.results[0]).toMatchObject({
      kind: "section",
      product: "pqc",
      url: `${ORIGIN}/pqc/conventions#idempotency-for-writes`,
    });
    expect(idempotency.data.results[0].excerpt).toMatch(/Idempotency-Key/);
    expect(idempotency.data.results[0].excerpt).not.toMatch(/[<`]/);
    const pagination = await call("search_docs", { query: "pagination", product: "pqc" });
    expect(pagination.data.results[0].url).toBe(`${ORIGIN}/pqc/conventions#pagination`);
  });

  it("get_page answers the .md twin's text", async () => {
    const { data } = await call("get_page", { product: "pqc", page: "conventions" });
    const found = await getPage("pqc", "conventions");
    expect(found).toBeDefined();
    expect(data.markdown).toBe(await pageMarkdown(found?.page as never));
    expect(data.url).toBe(`${ORIGIN}/pqc/conventions`);
  });

  it("an unknown page is a tool error carrying the 404 envelope", async () => {
    const { isError, data } = await call("get_page", { product: "pqc", page: "nope" });
    expect(isError).toBe(true);
    expect(ErrorEnvelope.parse(data).error.code).toBe("not_found");
  });
});

describe("operation tools", () => {
  it("list_operations names every operation with its conventions flags", async () => {
    const { data } = await call("list_operations", { product: "pqc" });
    const list = data.operations.find(
      (op: { method: string; paginated: boolean }) => op.method === "GET" && op.paginated,
    );
    expect(list?.path).toMatch(/^\/sandbox\/pqc\//);
  });

  it("get_operation answers the served document's operation and the conventions that apply", async () => {
    const { data } = await call("get_operation", { product: "throttle", operationId: "createCart" });
    expect(data).toMatchObject({ method: "POST", path: "/sandbox/throttle/api/v1/carts", idempotencyKey: true });
    expect(data.conventions.idempotency).toMatch(/Idempotency-Key/);
    expect(data.conventions.errorEnvelope).toContain(`${ORIGIN}/throttle/conventions#errors`);
    expect(Object.keys(data.openapi.responses)).toContain("201");
    expect(Object.keys(data.schemas)).toContain("CartCreateRequest");
  });

  it("validate_request answers the sandbox's envelope and the canonical field for a snake_case body", async () => {
    const { isError, data } = await call("validate_request", {
      product: "throttle",
      operationId: "createCart",
      body: { application_id: "0192f5e4-7b3a-7c41-9d2e-3f4a5b6c7d8e", currency: "USD" },
    });
    expect(isError).toBe(false);
    expect(data.valid).toBe(false);
    expect(data.issues).toContainEqual(expect.objectContaining({ location: "body", suggestion: "applicationId" }));
    expect(data.answer.status).toBe(400);
    expect(data.answer.body.error.details).toContainEqual(
      expect.objectContaining({ code: "unrecognized_keys", received: ["application_id"], suggestion: "applicationId" }),
    );
  });

  it("validate_request accepts a good body and refuses a bad Idempotency-Key first, as the sandbox does", async () => {
    const body = { applicationId: "0192f5e4-7b3a-7c41-9d2e-3f4a5b6c7d8e", currency: "USD" };
    const good = await call("validate_request", { product: "throttle", operationId: "createCart", body });
    expect(good.data).toEqual({ valid: true, issues: [], answer: null });
    const badKey = await call("validate_request", {
      product: "throttle",
      operationId: "createCart",
      headers: { "idempotency-key": "é" },
      body: {},
    });
    expect(badKey.data.answer.body.error.code).toBe("idempotency_key_invalid");
  });

  it("a bad argument is a tool error with the validation envelope, not the SDK's text", async () => {
    const { isError, data } = await call("get_operation", { product: "nowhere", operation_id: "x" });
    expect(isError).toBe(true);
    const { error } = ErrorEnvelope.parse(data);
    expect(error.code).toBe("validation_error");
    expect(error.details).toContainEqual(expect.objectContaining({ suggestion: "operationId" }));
  });
});

describe("sandbox and feedback tools", () => {
  it("creates a key, creates a cart, and replays it with the same Idempotency-Key", async () => {
    const key = await call("create_sandbox_key", { product: "throttle" });
    expect(key.isError).toBe(false);
    const apiKey: string = key.data.apiKey;
    expect(apiKey).toMatch(/^sk_sandbox_/);
    const apps = await call("call_sandbox", { product: "throttle", operationId: "listApplications", apiKey });
    expect(apps.data).toMatchObject({ status: 200, documented: { matches: true } });
    const applicationId = apps.data.body.data[0].id;
    const create = { product: "throttle", operationId: "createCart", apiKey, idempotencyKey: "mcp-cart-1" };
    const first = await call("call_sandbox", { ...create, body: { applicationId, currency: "USD" } });
    expect(first.data).toMatchObject({ status: 201, documented: { matches: true } });
    expect(first.data.headers["x-request-id"]).toBeTruthy();
    const again = await call("call_sandbox", { ...create, body: { applicationId, currency: "USD" } });
    expect(again.data.headers["idempotent-replayed"]).toBe("true");
    expect(again.data.body.data.id).toBe(first.data.body.data.id);
    // The key is never echoed back by the tool that uses it.
    expect(JSON.stringify([apps, first, again])).not.toContain(apiKey);
  });

  it("answers a refused request as the sandbox did, checked against the documented error", async () => {
    const { data } = await call("call_sandbox", {
      product: "throttle",
      operationId: "listApplications",
      apiKey: "sk_sandbox_not-a-real-key",
    });
    expect(data).toMatchObject({ status: 401, documented: { matches: true } });
  });

  it("stores feedback like the form does, marked as sent through MCP", async () => {
    const { isError, data } = await call("send_doc_feedback", {
      pagePath: "/pqc/conventions",
      helpful: false,
      anchor: "pagination",
      comment: "How do I resume a listing after a crash?",
    });
    expect(isError).toBe(false);
    expect(await findFeedback(store, data.id)).toMatchObject({
      channel: "mcp",
      comment: expect.stringMatching(/resume/),
    });
    const refused = await call("send_doc_feedback", { pagePath: "/pqc/nowhere", helpful: true });
    expect(refused.isError).toBe(true);
    expect(ErrorEnvelope.parse(refused.data).error.details).toContainEqual(
      expect.objectContaining({ field: "pagePath" }),
    );
  });
});
