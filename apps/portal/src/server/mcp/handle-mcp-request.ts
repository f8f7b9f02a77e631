import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { CROSS_SITE_REFUSED, isForeignOrigin } from "@portico/feedback/same-origin";
import { clientHashOf } from "@portico/http/client-id";
import { ApiError } from "@portico/http/errors";
import { consumeOrThrow } from "@portico/http/rate-limit";
import { standaloneErrorResponse } from "@portico/http/respond";
import MiniSearch from "minisearch";
import { env } from "@/env";
import { SEARCH_OPTIONS, type SearchDocument } from "@/lib/search-options";
import { clientKey } from "../client-key";
import { handleMcpFeedback } from "../feedback";
import { getLimits } from "../limits";

import { memoizeInProduction } from "../memoize-in-production";
import { handleSandboxRequest } from "../sandbox";
import { searchDocuments } from "../search-index";
import { docsPageMarkdown, docsPages } from "./content-deps";
import { createMcpServer } from "./create-mcp-server";
import type { McpDeps } from "./mcp-deps";

/** Largest JSON-RPC message accepted: a request body of the sandbox plus its envelope. */
const MAX_MCP_BODY_BYTES = 64 * 1024;

/** The dialog's index, built once per production process from the same documents. */
const searchIndex = memoizeInProduction(async () => {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(await searchDocuments());
  return index;
});

/** The portal's own apps and content, as the tools reach them for this request. */
function portalDeps(request: Request, host: string): McpDeps {
  const forwardedFor = request.headers.get("x-forwarded-for");
  return {
    origin: `${new URL(request.url).protocol}//${host}`,
    searchIndex: () => searchIndex(undefined),
    pages: docsPages,
    pageMarkdown: docsPageMarkdown,
    sandbox: handleSandboxRequest,
    feedback: handleMcpFeedback,
    forwarded: forwardedFor === null ? {} : { "x-forwarded-for": forwardedFor },
  };
}

let limiter: ReturnType<ReturnType<typeof getLimits>["limiter"]> | undefined;

/**
 * `/mcp`: Portico's MCP server over Streamable HTTP, stateless (a server per request, answers as
 * JSON, no session). A foreign `Origin` is refused with 403 before anything runs (the DNS-rebinding
 * protection the MCP specification asks of HTTP servers, by the feedback API's rule); only POST is
 * served (no server-sent stream to GET); each client has a per-minute allowance.
 */
export async function handleMcpRequest(request: Request): Promise<Response> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  const origin = request.headers.get("origin");
  if (origin !== null && isForeignOrigin(origin, host)) {
    return standaloneErrorResponse(request, new ApiError(403, "forbidden", CROSS_SITE_REFUSED));
  }
  if (request.method !== "POST") {
    return standaloneErrorResponse(
      request,
      new ApiError(405, "method_not_allowed", `${request.method} is not allowed on /mcp; MCP clients POST`, undefined, {
        Allow: "POST",
      }),
    );
  }
  try {
    limiter ??= getLimits().limiter("mcp-client", env.PORTICO_MCP_RATE_LIMIT, 60);
    const client = clientHashOf(clientKey(), request.headers.get("x-forwarded-for"));
    await consumeOrThrow(
      limiter,
      client,
      `Rate limit of ${env.PORTICO_MCP_RATE_LIMIT} MCP requests per minute exceeded`,
    );
  } catch (error) {
    if (error instanceof ApiError) return standaloneErrorResponse(request, error);
    throw error;
  }
  const server = createMcpServer(portalDeps(request, host));
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_MCP_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}
