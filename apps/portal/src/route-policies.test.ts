import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
// Next.js compiles header sources with this same path-to-regexp build.
import { pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";
import { config as proxyConfig } from "./proxy";

/**
 * Next.js needs `proxy.ts`'s matcher as a literal, so the paths that are not pages are written in
 * two places: the matcher that keeps the page policy off them, and next.config.ts's headers that
 * give them the resource policy. This test holds both to the route files that exist.
 */
const appDir = fileURLToPath(new URL("./app/", import.meta.url));

function routeFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name), name) : entry.name === name ? [relative(appDir, dir)] : [],
  );
}

/** A concrete URL for a route folder: `[x]` → `x1`, `[...x]` → `x1/x2`. */
const sampleUrl = (folder: string) =>
  `/${folder
    .split(sep)
    .filter(Boolean)
    .map((segment) => segment.replace(/^\[\.\.\.(\w+)\]$/, "$1-1/$1-2").replace(/^\[(\w+)\]$/, "$1-1"))
    .join("/")}`;

// The matcher is a path-to-regexp pattern made of one regular-expression group, so it is a regex.
const proxied = (url: string) => proxyConfig.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(url));

async function policyOf(url: string): Promise<string | undefined> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const applying = rules.filter((rule) => pathToRegexp(rule.source).test(url));
  return applying
    .flatMap((rule) => rule.headers)
    .find((header) => header.key.toLowerCase() === "content-security-policy")?.value;
}

const handlers = routeFiles(appDir, "route.ts").map(sampleUrl);
const pages = routeFiles(appDir, "page.tsx").map(sampleUrl);

describe("which paths get which Content-Security-Policy", () => {
  it("finds the route files it checks", () => {
    expect(handlers).toContain("/llms.txt");
    expect(handlers).toContain("/sandbox/path-1/path-2");
    expect(pages).toContain("/playground");
  });

  it.each(handlers)("route handler %s: not proxied, and given the resource policy", async (url) => {
    expect(proxied(url)).toBe(false);
    expect(await policyOf(url)).toMatch(/^default-src 'none'/);
  });

  it.each(pages)("page %s: proxied for its own policy, and given no fixed one", async (url) => {
    expect(proxied(url)).toBe(true);
    expect(await policyOf(url)).toBeUndefined();
  });

  it("treats a page's Markdown twin (a rewrite to a route handler) as a resource", async () => {
    const rewrites = await nextConfig.rewrites?.();
    const sources = Array.isArray(rewrites) ? rewrites.map((rewrite) => rewrite.source) : [];
    expect(sources).toEqual(["/:product/:page.md"]);
    expect(proxied("/product-1/page-1.md")).toBe(false);
    expect(await policyOf("/product-1/page-1.md")).toMatch(/^default-src 'none'/);
  });
});
