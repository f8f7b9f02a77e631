import { getOnly } from "@portico/http/method-not-allowed";
import { requestIdFor } from "@portico/http/request-id";

// Liveness: answered by this process on every request, never from a prerendered file.
export const dynamic = "force-dynamic";

// Any other method gets the APIs' 405 envelope, with Allow and X-Request-Id.
export const POST = getOnly;
export const PUT = getOnly;
export const PATCH = getOnly;
export const DELETE = getOnly;
export const OPTIONS = getOnly;

/** `GET /healthz`: the process is up and serving. It does not touch the database; `/readyz` does. */
export function GET(request: Request): Response {
  return Response.json(
    { status: "ok" },
    { headers: { "X-Request-Id": requestIdFor(request.headers.get("x-request-id")), "Cache-Control": "no-store" } },
  );
}
