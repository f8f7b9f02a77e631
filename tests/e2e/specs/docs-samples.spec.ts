import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

/** A docs example by its title. */
const example = (page: Page, title: string) =>
  page.locator("figure.code-block", { has: page.locator(".code-block__title", { hasText: new RegExp(`^${title}$`) }) });

test.describe("Try it on docs request examples", () => {
  test("a PQC request line opens listInventory with its query", async ({ page }) => {
    await page.goto("/pqc/sandbox");
    await example(page, "First page of 100")
      .getByRole("link", { name: /Try it/ })
      .click();
    await expect(page).toHaveURL(/\/playground\?product=pqc&operation=listInventory&state=/);
    await expect(page.locator("#pg-query-limit")).toHaveValue("100");
  });

  test("a Throttle curl block opens listCarts with its simulated failure", async ({ page }) => {
    await page.goto("/throttle/sandbox");
    await example(page, "A simulated outage")
      .getByRole("link", { name: /Try it/ })
      .click();
    await expect(page).toHaveURL(/\/playground\?product=throttle&operation=listCarts&state=/);
    await expect(page.getByLabel("X-Sandbox-Simulate")).toHaveValue("503");
  });

  test("each sandbox page's key examples open its own product", async ({ page }) => {
    for (const product of ["pqc", "throttle"]) {
      await page.goto(`/${product}/sandbox`);
      await expect(example(page, "Create a sandbox").getByRole("link", { name: /Try it/ })).toHaveAttribute(
        "href",
        new RegExp(`^/playground\\?product=${product}&operation=createSandboxKey&state=`),
      );
    }
    await page.goto("/throttle/sandbox");
    await example(page, "Request body")
      .getByRole("link", { name: /Try it/ })
      .click();
    await expect(page).toHaveURL(/\/playground\?product=throttle&operation=createSandboxKey&state=/);
  });

  test("a block that is no request gets no Try it", async ({ page }) => {
    await page.goto("/pqc/sandbox");
    for (const title of ["Response body", "inventory.csv", "Missing scope \\(403\\)"]) {
      await expect(example(page, title)).toHaveCount(1);
      await expect(example(page, title).getByRole("link", { name: /Try it/ })).toHaveCount(0);
      await expect(example(page, title).getByRole("tablist")).toHaveCount(0);
    }
  });
});

test.describe("request samples", () => {
  test("show the origin that served the page, and copy the shown tab", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/throttle/sandbox");
    const block = example(page, "Create a sandbox");
    await expect(block.getByRole("tabpanel")).toContainText(`curl -X POST ${baseURL}/sandbox/keys`);
    // Creating a sandbox takes no key, so its sample sends none.
    await expect(block.getByRole("tabpanel")).not.toContainText("Authorization");
    await block.getByRole("tab", { name: "TypeScript" }).click();
    const panel = block.getByRole("tabpanel");
    await expect(panel).toContainText(`baseUrl: "${baseURL}/sandbox",`);
    await expect(panel).not.toContainText("apiKey");
    await expect(panel).toContainText('client.POST("/keys", { body: {\n  "product": "throttle"\n} })');
    await block.getByRole("button", { name: "Copy Create a sandbox" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`baseUrl: "${baseURL}/sandbox",`);
    expect(copied).toContain('import { createPorticoClient, unwrap } from "@portico/api-client";');
    const text = await page.locator("article").textContent();
    expect(text).not.toContain("portico.example");
    expect(text).not.toContain("localhost:3000");
  });

  test("other languages' tabs come empty and are drawn highlighted when chosen", async ({ page }) => {
    await page.goto("/throttle/sandbox");
    // Hidden panels carry no markup until chosen: they were nearly half of the page's elements.
    const hiddenElements = await page.locator("[role=tabpanel][hidden] pre *").count();
    expect(hiddenElements).toBe(0);
    const block = example(page, "Create a sandbox");
    await block.getByRole("tab", { name: "Python" }).click();
    const panel = block.getByRole("tabpanel");
    await expect(panel).toContainText("import requests");
    // Shiki's tokens, in both themes' colours, as the first tab's are.
    await expect(panel.locator("span[style*='--shiki-dark']").first()).toBeVisible();
    await block.getByRole("tab", { name: "curl" }).click();
    await expect(page.locator("[role=tabpanel][hidden] pre *")).toHaveCount(0);
  });

  test("tabs follow the arrow keys, Home and End", async ({ page }) => {
    await page.goto("/pqc/conventions");
    const block = example(page, "HTTP");
    const tabs = block.getByRole("tab");
    await expect(tabs).toHaveText(["HTTP", "curl", "TypeScript", "Python"]);
    await tabs.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(block.getByRole("tabpanel")).toContainText("curl -X GET");
    await expect(block.getByRole("tabpanel")).toHaveCount(1);
    await page.keyboard.press("End");
    await expect(tabs.nth(3)).toBeFocused();
    await expect(block.getByRole("tabpanel")).toContainText("import requests");
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(tabs.nth(3)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Home");
    await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
    await expect(block.getByRole("tabpanel")).toHaveText("GET /v1/pqc/inventory?limit=100&cursor=eyJvZmZzZXQiOjEwMH0=");
    // One tab stop for the list: Tab leaves it for the code.
    await page.keyboard.press("Tab");
    await expect(block.getByRole("tabpanel").locator("pre")).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a request example shows its own text, and its samples name the placeholder origin", async ({ page }) => {
    await page.goto("/throttle/sandbox");
    const block = example(page, "A simulated outage");
    await expect(block.getByRole("tabpanel")).toHaveCount(1);
    await expect(block.getByRole("tabpanel")).toContainText(
      "curl -i https://portico.example/sandbox/throttle/api/v1/carts",
    );
    await expect(block.getByRole("tab", { name: "curl" })).toHaveAttribute("aria-selected", "true");
  });
});
