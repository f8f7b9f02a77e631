import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { themeScript } from "@/components/theme-script";

/**
 * Content-Security-Policy for Portico's pages.
 *
 * Next.js writes its RSC payload as inline scripts. A per-request nonce would authorise them but
 * forces every page to render on each request, so prerendered pages are authorised by the SHA-256
 * of each inline script in the HTML file Next.js serves for them, and only pages that render on
 * request (the admin) get a nonce, which Next.js stamps on its scripts itself.
 */

/** `'sha256-…'`, the CSP source that authorises an inline script with exactly this text. */
export function hashSource(scriptText: string): string {
  return `'sha256-${createHash("sha256").update(scriptText, "utf8").digest("base64")}'`;
}

type Node = DefaultTreeAdapterTypes.Node;

/** The hash source of every inline (no `src`) script in a document, in document order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node && node.tagName === "script" && !node.attrs.some((attr) => attr.name === "src")) {
      // A script is a raw-text element: its one text child is the exact text the browser hashes.
      const text = node.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
      if (text) hashes.push(hashSource(text));
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return [...new Set(hashes)];
}

/** The theme script runs on every page, including ones rendered on request with a nonce. */
const THEME_SCRIPT_HASH = hashSource(themeScript);

/**
 * The whole policy. `scriptSources` are the nonce or hashes that authorise inline scripts;
 * `'self'` covers Next.js's chunk files. In development Next.js evaluates modules and keeps a
 * WebSocket for hot reload, which only `next dev` is allowed.
 */
export function contentSecurityPolicy(scriptSources: readonly string[], { dev = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", THEME_SCRIPT_HASH, ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])],
    // Scalar, uPlot and React's style props set inline styles; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`)
    .join("; ");
}

/** The prerendered pages of a build, and the hashes of a page's inline scripts on demand. */
export interface PrerenderedPages {
  readonly size: number;
  /** `undefined` when the path has no prerendered HTML, i.e. it renders on request. */
  hashesOf(route: string): string[] | undefined;
}

/**
 * The HTML files `next build` wrote under `<distDir>/server/app`, by route. A page is read and
 * hashed the first time it is requested, then remembered: reading every page up front would parse
 * the whole site before the first response. `/_not-found` and `/_global-error` are included:
 * Next.js serves them for paths that match no page.
 */
export function prerenderedPages(appDir: string): PrerenderedPages {
  const files = new Map<string, string>();
  let entries: string[] = [];
  try {
    entries = readdirSync(appDir, { recursive: true, encoding: "utf8" });
  } catch {
    // No build output (next dev): every page renders on request and gets a nonce.
  }
  for (const entry of entries) {
    if (!entry.endsWith(".html")) continue;
    const route = `/${entry.split(sep).join("/").slice(0, -".html".length)}`;
    files.set(route === "/index" ? "/" : route, join(appDir, entry));
  }
  const hashes = new Map<string, string[]>();
  return {
    size: files.size,
    hashesOf(route) {
      const file = files.get(route);
      if (!file) return undefined;
      let known = hashes.get(route);
      if (!known) {
        known = inlineScriptHashes(readFileSync(file, "utf8"));
        hashes.set(route, known);
      }
      return known;
    },
  };
}
