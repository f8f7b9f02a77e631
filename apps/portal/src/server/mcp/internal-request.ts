import { ApiError } from "@portico/http/errors";
import { ErrorEnvelope } from "@portico/schemas/common";
import type { McpDeps } from "./mcp-deps";

/** A request to one of Portico's own apps, in process, seen as coming from the MCP client's address. */
export function internalRequest(
  deps: McpDeps,
  path: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
) {
  return new Request(new URL(path, deps.origin), {
    method: init.method,
    headers: { ...deps.forwarded, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

/** The error envelope of a refused answer, as the failure a tool reports. */
export async function refusedBy(response: Response): Promise<ApiError> {
  const parsed = ErrorEnvelope.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return ApiError.fromEnvelope(response.status, parsed.data);
  return new ApiError(502, "internal_error", `Portico answered ${response.status} without an error envelope`);
}
