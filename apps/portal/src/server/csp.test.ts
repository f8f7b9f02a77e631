import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { themeScript } from "@/components/theme-script";
import { contentSecurityPolicy, hashSource, inlineScriptHashes, prerenderedPages } from "./csp";

/** The hash source by Web Crypto: an implementation independent of the one under test. */
async function webCryptoHash(text: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString("base64")}'`;
}

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((entry) => entry.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("inline script hashes", () => {
  it("hash exactly the inline scripts' text, skipping external and empty scripts and repeats", async () => {
    const first = 'self.__next_f.push([1,"a\\u003c/b"])';
    const second = "document.documentElement.dataset.x = '<é>'";
    const html = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async></script><script>${first}</script></head>
<body><script>${second}</script><script></script><script>${first}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([await webCryptoHash(first), await webCryptoHash(second)]);
  });

  it("match Web Crypto for non-ASCII text", async () => {
    expect(hashSource("€ ✓")).toBe(await webCryptoHash("€ ✓"));
  });
});

describe("the policy", () => {
  it("allows inline scripts only by the given sources and the theme script's hash", async () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"]);
    expect(directive(policy, "script-src")).toEqual(["'self'", await webCryptoHash(themeScript), "'nonce-abc'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "connect-src")).toEqual(["'self'"]);
  });

  it("lets only next dev evaluate code and open its hot-reload socket", () => {
    const policy = contentSecurityPolicy([], { dev: true });
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "connect-src")).toContain("ws:");
  });
});

describe("prerendered pages", () => {
  it("map each HTML file under the build's app folder to its route, hashed when first asked for", async () => {
    const appDir = mkdtempSync(join(tmpdir(), "portico-csp-"));
    mkdirSync(join(appDir, "pqc"));
    writeFileSync(join(appDir, "index.html"), "<script>home()</script>");
    writeFileSync(join(appDir, "pqc", "conventions.html"), "<script>page()</script>");
    writeFileSync(join(appDir, "_not-found.html"), "<script>missing()</script>");
    writeFileSync(join(appDir, "pqc", "conventions.rsc"), "not a page");
    const pages = prerenderedPages(appDir);
    expect(pages.size).toBe(3);
    expect(pages.hashesOf("/")).toEqual([await webCryptoHash("home()")]);
    expect(pages.hashesOf("/pqc/conventions")).toEqual([await webCryptoHash("page()")]);
    expect(pages.hashesOf("/_not-found")).toEqual([await webCryptoHash("missing()")]);
    expect(pages.hashesOf("/pqc/conventions.rsc")).toBeUndefined();
    expect(pages.hashesOf("/admin/feedback")).toBeUndefined();
  });

  it("are none when there is no build output, as under next dev", () => {
    expect(prerenderedPages(join(tmpdir(), "portico-no-such-build")).size).toBe(0);
  });
});
