import { join } from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, type PrerenderedPages, prerenderedPages } from "@/server/csp";

const CSP = "content-security-policy";
const dev = process.env.NODE_ENV === "development";

let prerendered: PrerenderedPages | undefined;
/** Listed once, on the first page request: the build output does not change under a running server. */
function buildOutput(): PrerenderedPages {
  if (!prerendered) {
    const appDir = join(process.cwd(), process.env.PORTICO_NEXT_DIST_DIR ?? ".next", "server", "app");
    prerendered = prerenderedPages(appDir);
    // Without them every static page's scripts are refused: say so once instead of failing quietly.
    if (!dev && prerendered.size === 0)
      console.error(`No prerendered pages under ${appDir}: start the portal from apps/portal.`);
  }
  return prerendered;
}

/** A prerendered page's policy never changes, so it is built once per route, off the hot path. */
const staticPolicies = new Map<string, string>();

/**
 * Sets the Content-Security-Policy of every page. A prerendered page is authorised by its own
 * scripts' hashes, so it stays static; any other page gets a fresh nonce, passed to Next.js on the
 * request so it stamps its scripts with it. The 404 and error pages' hashes ride along, since a
 * path that matches no page is answered with their prerendered HTML.
 */
export function proxy(request: NextRequest) {
  const pages = buildOutput();
  const route = request.nextUrl.pathname;
  let staticPolicy = staticPolicies.get(route);
  if (!staticPolicy) {
    const hashes = pages.hashesOf(route);
    if (hashes) {
      staticPolicy = contentSecurityPolicy(hashes, { dev });
      staticPolicies.set(route, staticPolicy);
    }
  }
  if (staticPolicy) {
    const response = NextResponse.next();
    response.headers.set(CSP, staticPolicy);
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(
    [`'nonce-${nonce}'`, ...(pages.hashesOf("/_not-found") ?? []), ...(pages.hashesOf("/_global-error") ?? [])],
    { dev },
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CSP, policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CSP, policy);
  return response;
}

export const config = {
  // Pages only: route handlers (JSON, Markdown, text) get a fixed policy from next.config.ts, and
  // files with an extension are assets or the ".md" twins of pages.
  matcher: ["/((?!_next/|api/|sandbox/|openapi/|md/|mcp$|healthz$|readyz$|.*\\.[a-z0-9]+$).*)"],
};
