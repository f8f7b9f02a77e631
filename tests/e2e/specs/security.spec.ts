import type { Page } from "@playwright/test";
import { ADMIN_TOKEN } from "../playwright.config.ts";
import { expect, test } from "../support/fixtures.ts";

const INJECTED = `<script>window.__injected = "script ran"</script><img alt="" src="data:," onerror="window.__injected = 'handler ran'">`;

/** Serves `path` with markup an attacker slipped into its HTML, keeping the real headers. */
async function injectInto(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain("</body>");
      await route.fulfill({ response, body: html.replace("</body>", `${INJECTED}</body>`) });
    },
  );
  // Records what the browser refused, from before any of the page's own code runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(event.effectiveDirective));
  });
}

const scriptSrc = (policy = "") =>
  policy
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src ")) ?? "";

test.describe("Content-Security-Policy", () => {
  test.use({ expectedConsoleErrors: [/Executing inline (script|event handler) violates/] });

  test("a docs page stays static, runs its own inline scripts and refuses an injected one", async ({
    page,
    request,
  }) => {
    const [first, second] = [await request.get("/pqc/conventions"), await request.get("/pqc/conventions")];
    const policy = first.headers()["content-security-policy"];
    expect(scriptSrc(policy)).toMatch(/'sha256-/);
    expect(scriptSrc(policy)).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    // A static page is byte-for-byte the same on every request, and so is its policy.
    expect(await second.text()).toBe(await first.text());
    expect(second.headers()["content-security-policy"]).toBe(policy);

    await injectInto(page, "/pqc/conventions");
    // The hashed head script applies a remembered theme: it must still run.
    await page.addInitScript(() => localStorage.setItem("portico-theme", "dark"));
    await page.goto("/pqc/conventions");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // React hydrated (the toggle gains aria-pressed then), so Next.js's hashed payload scripts ran.
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations).toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
  });

  test("a page rendered on request gets a fresh nonce and refuses an injected script", async ({ page, request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const policy = (await request.get("/admin/feedback")).headers()["content-security-policy"];
      expect(scriptSrc(policy)).not.toMatch(/unsafe-inline|unsafe-eval/);
      nonces.push(scriptSrc(policy).match(/'nonce-([^']+)'/)?.[1]);
    }
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).not.toBe(nonces[0]);

    await injectInto(page, "/admin/feedback");
    await page.goto("/admin/feedback");
    // Next.js stamped the nonce on its own scripts; the injected one has none.
    expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
    await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Documentation feedback" })).toBeVisible();
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  });
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/Framing .* violates .*frame-ancestors/] });
  test("no page can be framed, not even by the portal itself", async ({ page }) => {
    await page.route("**/frame-host", (route) =>
      route.fulfill({ contentType: "text/html", body: `<iframe title="framed" src="/pqc/conventions"></iframe>` }),
    );
    await page.goto("/frame-host");
    // Chromium replaces a refused frame with its own error document.
    await expect.poll(() => page.frames().at(1)?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator("iframe").getByText("PQC Inventory API")).toHaveCount(0);
    const response = await page.request.get("/pqc/conventions");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

test("every response says nosniff and a referrer policy; resources get a policy that allows nothing", async ({
  request,
}) => {
  for (const path of ["/", "/pqc/conventions", "/pqc/conventions.md", "/llms.txt", "/openapi/pqc.json"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  const feedback = await request.post("/api/feedback", { data: { pagePath: 1 } });
  expect(feedback.status()).toBe(400);
  expect(feedback.headers()["content-security-policy"]).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
  expect(feedback.headers()["x-content-type-options"]).toBe("nosniff");
});
