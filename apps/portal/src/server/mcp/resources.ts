import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { SERVED_DOCUMENTS, servedDocument } from "@portico/schemas/openapi";
import type { McpDeps } from "./mcp-deps";

/** JSON-RPC's "resource not found", as the MCP specification numbers it. */
const RESOURCE_NOT_FOUND = -32002;

const pageUri = (product: string, slug: string) => `portico://${product}/${slug}`;
const documentUri = (id: string) => `portico://openapi/${id}.json`;

/** Every docs page (Markdown) and every served OpenAPI document (JSON), for a client to attach. */
export async function listResources(deps: McpDeps) {
  const pages = (await deps.pages()).map((page) => ({
    uri: pageUri(page.product, page.slug),
    name: `${page.product}/${page.slug}`,
    title: `${page.productName}: ${page.title}`,
    description: page.description,
    mimeType: "text/markdown",
  }));
  const documents = SERVED_DOCUMENTS.map((id) => {
    const document = servedDocument(id);
    return {
      uri: documentUri(id),
      name: `openapi/${id}.json`,
      title: `${document?.info.title ?? id}: OpenAPI 3.1 document`,
      description: `Served at ${new URL(`/openapi/${id}.json`, deps.origin).href}`,
      mimeType: "application/json",
    };
  });
  return [...pages, ...documents];
}

/** One resource's contents; an unknown URI is the specification's resource-not-found error. */
export async function readResource(uri: string, deps: McpDeps) {
  const document = /^portico:\/\/openapi\/([a-z0-9-]+)\.json$/.exec(uri);
  if (document?.[1] !== undefined) {
    const served = servedDocument(document[1]);
    if (served) return { contents: [{ uri, mimeType: "application/json", text: JSON.stringify(served) }] };
  }
  const page = /^portico:\/\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(uri);
  if (page?.[1] !== undefined && page[2] !== undefined) {
    const markdown = await deps.pageMarkdown(page[1], page[2]);
    if (markdown !== undefined) return { contents: [{ uri, mimeType: "text/markdown", text: markdown }] };
  }
  throw new McpError(RESOURCE_NOT_FOUND, `Resource not found: ${uri}`, { uri });
}
