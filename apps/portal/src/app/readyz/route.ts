import { knownFailure, storeUnavailable } from "@portico/http/errors";
import { getOnly } from "@portico/http/method-not-allowed";
import { requestIdFor } from "@portico/http/request-id";
import { standaloneErrorResponse } from "@portico/http/respond";
import { getSandboxStore, getStore } from "@/server/store";

export const dynamic = "force-dynamic";

// Any other method gets the APIs' 405 envelope, with Allow and X-Request-Id.
export const POST = getOnly;
export const PUT = getOnly;
export const PATCH = getOnly;
export const DELETE = getOnly;
export const OPTIONS = getOnly;

/**
 * `GET /readyz`: 200 when the stores (main and sandbox) open and answer `select 1`; otherwise the 503 envelope with
 * `Retry-After`, so a load balancer sends traffic elsewhere until the database is back. The
 * store's own timeouts bound how long a hanging database can hold this answer.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    for (const store of await Promise.all([getStore(), getSandboxStore()])) await store.ping();
  } catch (error) {
    console.error(`portal: not ready: ${(error as Error).message}`);
    const answer = knownFailure(error) ?? storeUnavailable();
    return withNoStore(standaloneErrorResponse(request, answer));
  }
  return Response.json(
    { status: "ready" },
    { headers: { "X-Request-Id": requestIdFor(request.headers.get("x-request-id")), "Cache-Control": "no-store" } },
  );
}

function withNoStore(response: Response): Response {
  response.headers.set("Cache-Control", "no-store");
  return response;
}
