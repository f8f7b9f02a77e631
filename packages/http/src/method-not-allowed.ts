import { createMiddleware } from "hono/factory";
import { ApiError } from "./errors.ts";
import { standaloneErrorResponse } from "./respond.ts";

/** One route an API serves: its method and its full path, parameters in braces (`/api/items/{id}`). */
export interface Route {
  method: string;
  path: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Answers a request for a known path with a method none of its routes takes: `405
 * method_not_allowed` with `Allow` naming the methods the path does take (HEAD wherever GET is,
 * as Hono answers it). A path no route knows passes on, to the app's 404. Put it before
 * authentication: like the 404, it is decided by the route table alone.
 */
export function methodNotAllowed(routes: readonly Route[]) {
  const templates = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { method, path } of routes) {
    const entry = templates.get(path) ?? {
      pattern: new RegExp(`^${escapeRegExp(path).replace(/\\\{\w+\\\}/g, "[^/]+")}$`),
      methods: new Set<string>(),
    };
    entry.methods.add(method.toUpperCase());
    if (method.toUpperCase() === "GET") entry.methods.add("HEAD");
    templates.set(path, entry);
  }
  return createMiddleware(async (c, next) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of templates.values()) {
      if (pattern.test(c.req.path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.size === 0 || allowed.has(c.req.method)) return next();
    throw notAllowed(c.req.method, c.req.path, [...allowed]);
  });
}

/** The 405 for `method` on `path`, which takes only `allowed`. */
const notAllowed = (method: string, path: string, allowed: readonly string[]) => {
  const allow = allowed.join(", ");
  return new ApiError(405, "method_not_allowed", `${method} is not allowed on ${path}; it takes ${allow}`, undefined, {
    Allow: allow,
  });
};

/**
 * A route handler for the methods a GET-only route (a Next.js route file such as `/healthz`) does
 * not take: the same 405 envelope, with `Allow: GET, HEAD` and the request id, instead of the
 * framework's bare 405.
 */
export function getOnly(request: Request): Response {
  return standaloneErrorResponse(request, notAllowed(request.method, new URL(request.url).pathname, ["GET", "HEAD"]));
}
