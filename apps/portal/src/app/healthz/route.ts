import { requestIdFor } from "@portico/http/request-id";

// Liveness: answered by this process on every request, never from a prerendered file.
export const dynamic = "force-dynamic";

/** `GET /healthz`: the process is up and serving. It does not touch the database; `/readyz` does. */
export function GET(request: Request): Response {
  return Response.json(
    { status: "ok" },
    { headers: { "X-Request-Id": requestIdFor(request.headers.get("x-request-id")), "Cache-Control": "no-store" } },
  );
}
