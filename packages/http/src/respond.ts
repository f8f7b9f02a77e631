import type { Context } from "hono";
import { basePath } from "hono/route";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ApiError } from "./errors.ts";
import { requestIdFor } from "./request-id.ts";

const JSON_TYPE = "application/json; charset=utf-8";

/** The text of each response {@link json} made, for {@link responseText}; forgotten with the response. */
const jsonTexts = new WeakMap<Response, string>();

/** JSON with the media type the conventions document, `application/json; charset=utf-8`. */
export function json(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  const text = JSON.stringify(body);
  const response = c.body(text, status, { "Content-Type": JSON_TYPE });
  jsonTexts.set(response, text);
  return response;
}

/**
 * The body of `response` as text, leaving it unread for the client: the text {@link json} wrote
 * when it made this response, else read from a clone. A clone tees the body's stream, which cost
 * a tenth of an idempotent create's time; the text kept costs nothing.
 */
export function responseText(response: Response): Promise<string> {
  const kept = jsonTexts.get(response);
  return kept === undefined ? response.clone().text() : Promise.resolve(kept);
}

/** The error envelope for an ApiError, with its extra headers. */
export function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return json(c, error.toEnvelope(), error.status as ContentfulStatusCode);
}

/**
 * Sets `Location` to `path`, given relative to the router the handler belongs to, under the
 * prefix this request came through (`/sandbox/<product>` in the portal), so a client can follow it.
 */
export function setLocation(c: Context, path: string): void {
  c.header("Location", `${basePath(c)}${path}`);
}

/**
 * The error envelope for `request` outside any app: when the app that would answer cannot be
 * opened (its database is down). Carries the request id and the error's headers like any other.
 */
export function standaloneErrorResponse(request: Request, error: ApiError): Response {
  return new Response(JSON.stringify(error.toEnvelope()), {
    status: error.status,
    headers: {
      "Content-Type": JSON_TYPE,
      "X-Request-Id": requestIdFor(request.headers.get("x-request-id")),
      ...error.headers,
    },
  });
}
