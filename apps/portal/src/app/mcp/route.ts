import { handleMcpRequest } from "@/server/mcp/handle-mcp-request";

// Origin, method and rate limit are checked in the handler; every method reaches it for its 405.
export const dynamic = "force-dynamic";

export const GET = handleMcpRequest;
export const POST = handleMcpRequest;
export const DELETE = handleMcpRequest;
export const PUT = handleMcpRequest;
export const PATCH = handleMcpRequest;
export const HEAD = handleMcpRequest;
export const OPTIONS = handleMcpRequest;
