import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { getPage, searchDocs } from "./docs-tools";
import { sendDocFeedback } from "./feedback-tool";
import type { McpDeps } from "./mcp-deps";
import { getOperation, listOperations, validateRequest } from "./operation-tools";
import { listResources, readResource } from "./resources";
import { callSandbox, createSandboxKey } from "./sandbox-tools";
import { callTool, describeTool, toolError } from "./tool";

/** Every tool, in the order a reader would use them. */
export const TOOLS = [
  searchDocs,
  getPage,
  listOperations,
  getOperation,
  validateRequest,
  createSandboxKey,
  callSandbox,
  sendDocFeedback,
];

let described: ReturnType<typeof describeTool>[] | undefined;
/** `tools/list`'s answer, generated from the schemas once per process. */
const toolList = () => {
  described ??= TOOLS.map(describeTool);
  return described;
};

const INSTRUCTIONS =
  "Portico documents API products that live by written conventions (pagination, idempotency, the error envelope, field naming). Find conventions with search_docs and read pages with get_page; list_operations and get_operation give the OpenAPI contract; validate_request checks a request against the same schemas the sandbox uses before anything is sent; create_sandbox_key then call_sandbox try it for real in a disposable sandbox.";

/**
 * A Portico MCP server for one HTTP request (the transport is stateless). The low-level `Server`
 * rather than `McpServer`, because `McpServer` answers a refused argument with its own text: here
 * every tool error, a bad argument included, carries the API's error envelope.
 */
export function createMcpServer(deps: McpDeps): Server {
  const server = new Server(
    { name: "portico", title: "Portico", version: "1.0.0", websiteUrl: deps.origin },
    { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolList() }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const tool = TOOLS.find((candidate) => candidate.name === request.params.name);
    if (!tool) {
      return toolError({ error: { code: "not_found", message: `No tool is named ${request.params.name}` } });
    }
    return callTool(tool, request.params.arguments, deps);
  });
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: await listResources(deps) }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => readResource(request.params.uri, deps));
  return server;
}
