import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { pinnedOverlaps, sidewaysOverflow } from "../support/layout.ts";

/**
 * Opens "Create a cart", gets a sandbox key (which swaps the docs' example application for one in
 * this sandbox) and sends it: a 201.
 */
async function createCartInNewSandbox(page: Page) {
  await page.goto("/playground?product=throttle&operation=createCart");
  const body = page.getByLabel("Body (JSON)");
  await expect(body).toHaveValue(/"applicationId"/);
  const example = await body.inputValue();
  await page.getByRole("button", { name: "Get a sandbox key" }).click();
  await expect(page.getByText(/^Using/)).toBeVisible();
  await expect(body).not.toHaveValue(example);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.locator(".playground__status")).toContainText("201");
}

test.describe("the playground", () => {
  // The sandbox answers these on purpose: a 400 and simulated 503s.
  test.use({ expectedConsoleErrors: [/status of (400|404|503)/] });

  test("Try it on the cart example: key, send, 201, matches; then a snake_case key is caught before and after sending", async ({
    page,
  }) => {
    await page.goto("/throttle/conventions");
    const example = page.locator("figure", { has: page.locator(".code-block__title", { hasText: /^Request body$/ }) });
    await example.getByRole("link", { name: /Try it/ }).click();
    await expect(page).toHaveURL(/\/playground\?product=throttle&operation=createCart&state=/);
    await page.getByRole("button", { name: "Get a sandbox key" }).click();
    await expect(page.getByText(/^Using/)).toBeVisible();
    const body = page.getByLabel("Body (JSON)");
    await expect(body).not.toHaveValue(/e7efb0a6/);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.locator(".playground__status")).toContainText("201");
    await expect(page.getByText("Matches CartResponse")).toBeVisible();

    await body.fill((await body.inputValue()).replace('"applicationId"', '"application_id"'));
    const check = page.getByRole("status", { name: "Body check" });
    await expect(check).toContainText(
      "application_id: Unsupported field(s): application_id (did you mean applicationId?)",
    );
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.locator(".playground__status")).toContainText("400");
    await expect(page.getByText("Matches ErrorEnvelope")).toBeVisible();
    await expect(page.locator(".playground__response pre").first()).toContainText('"suggestion": "applicationId"');
  });

  test("the request as curl, TypeScript and Python: tabs follow the arrow keys, Copy code copies the one shown", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/playground?product=throttle&operation=createCart");
    const tabs = page.getByRole("tablist", { name: "Sample language" }).getByRole("tab");
    await expect(tabs).toHaveText(["curl", "TypeScript", "Python"]);
    const panel = page.getByRole("tabpanel");
    await expect(panel).toHaveCount(1);
    await expect(panel).toContainText(`curl -X POST '${baseURL}/sandbox/throttle/api/v1/carts'`);
    await tabs.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(panel).toContainText('import { createPorticoClient, unwrap } from "@portico/api-client";');
    await page.keyboard.press("End");
    await expect(panel).toContainText("import requests");
    await page.keyboard.press("ArrowRight");
    await expect(tabs.nth(0)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowLeft");
    await expect(tabs.nth(2)).toBeFocused();
    // One tab stop for the list: Tab leaves it for the sample.
    await page.keyboard.press("Tab");
    await expect(panel.locator("pre")).toBeFocused();
    await page.getByRole("button", { name: "Copy code" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("import requests");
    expect(copied).toContain(`${baseURL}/sandbox/throttle/api/v1/carts`);
  });

  test("retry mode shows each attempt of a simulated 503 and the final outcome", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/playground?product=throttle&operation=listCarts");
    await page.getByRole("button", { name: "Get a sandbox key" }).click();
    await expect(page.getByText(/^Using/)).toBeVisible();
    await page.getByLabel("X-Sandbox-Simulate").selectOption("503");
    await page.getByLabel("Retry with the documented policy").check();
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const attempts = page.getByRole("list", { name: "Attempts" }).getByRole("listitem");
    await expect(attempts).toHaveCount(5, { timeout: 60_000 });
    await expect(attempts.first()).toContainText("Attempt 1: 503");
    await expect(page.locator(".playground__status")).toContainText("503");
  });

  test("retry mode shows each attempt as it happens, with the wait before the next, before the final answer", async ({
    page,
  }) => {
    await createCartInNewSandbox(page);

    // The first attempt meets a 503 with Retry-After; the second is held until the test has looked.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    await page.route("**/sandbox/throttle/api/v1/carts", async (route) => {
      calls += 1;
      if (calls > 1) {
        await held;
        return route.fallback();
      }
      return route.fulfill({
        status: 503,
        headers: { "Retry-After": "1", "X-Request-Id": route.request().headers()["x-request-id"] ?? "e2e-retry" },
        json: { error: { code: "service_unavailable", message: "The database is not answering; nothing was changed" } },
      });
    });
    await page.getByLabel("Retry with the documented policy").check();
    await page.getByRole("button", { name: "Send", exact: true }).click();

    const status = page.locator(".playground__status");
    const attempts = page.getByRole("list", { name: "Attempts" }).getByRole("listitem");
    // The previous 201 is gone as soon as the new request starts.
    await expect(status).toHaveText("Sending…");
    await expect(attempts.first()).toContainText(
      /^Attempt 1: 503 in \d+\sms · waiting 1\ss \(Retry-After\) \+ 250\sms–500\sms backoff before attempt 2…$/,
    );
    await expect(attempts.nth(1)).toHaveText("Attempt 2: sending…");
    await expect(attempts.first()).toContainText(/waited \d/);
    await expect(status).toHaveText("Sending…");
    await expect(page.getByText(/^Matches /)).toHaveCount(0);

    release();
    await expect(status).toContainText("201");
    await expect(page.getByText("Matches CartResponse")).toBeVisible();
    await expect(attempts).toHaveCount(2);
    await expect(attempts.nth(1)).toContainText(/^Attempt 2: 201 in \d/);
    expect(calls).toBe(2);
  });

  test("a blank required path parameter blocks sending, named beside its field @phone", async ({ page }) => {
    await page.goto("/playground?product=pqc&operation=getAsset");
    await page.getByRole("button", { name: "Get a sandbox key" }).click();
    await expect(page.getByText(/^Using/)).toBeVisible();
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/sandbox/pqc/") && !request.url().includes("limit=1")) sent.push(request.url());
    });
    const field = page.getByLabel(/^assetId/);
    await expect(field).toHaveValue("");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(field).toHaveAccessibleDescription("assetId is required: fill it in to send.");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: "Not sent" })).toHaveText("Not sent: assetId is empty.");
    await expect(page.getByText("Send the request to see the answer here.")).toBeVisible();
    expect(sent).toEqual([]);

    await field.fill("0193a0b3-0000-7000-8000-000000000000");
    await expect(page.getByText("assetId is required: fill it in to send.")).toHaveCount(0);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.locator(".playground__status")).toContainText("404");
    expect(sent).toEqual([expect.stringMatching(/\/sandbox\/pqc\/.*\/0193a0b3-0000-7000-8000-000000000000$/)]);
  });

  test("a PQC CSV import and the report download", async ({ page }) => {
    await page.goto("/playground?product=pqc&operation=importInventory");
    await page.getByRole("button", { name: "Get a sandbox key" }).click();
    await expect(page.getByText(/^Using/)).toBeVisible();
    await page.getByLabel("CSV file").setInputFiles({
      name: "inventory.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "hostname,system,protocol,algorithm,keySize\nvpn-9.corp.example,Branch VPN,IPsec,DH-2048,2048\n",
      ),
    });
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.locator(".playground__status")).toContainText("201");
    await expect(page.getByText("Matches ImportResponse")).toBeVisible();

    await page.getByLabel("Operation").selectOption("exportInventoryReport");
    await expect(page).toHaveURL(/operation=exportInventoryReport/);
    await page.getByLabel("format").fill("csv");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const link = page.getByRole("link", { name: /^Download pqc-inventory-\d{4}-\d{2}-\d{2}\.csv$/ });
    await expect(link).toBeVisible();
    const download = page.waitForEvent("download");
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pqc-inventory-.*\.csv$/);
    const csv = await readFile((await file.path()) ?? "", "utf8");
    expect(csv).toContain("vpn-9.corp.example");
  });

  test("history survives a reload, and no key appears in any URL, link or history entry", async ({ page }) => {
    await page.goto("/playground?product=throttle&operation=listApplications");
    await page.getByRole("button", { name: "Get a sandbox key" }).click();
    await expect(page.getByText(/^Using/)).toBeVisible();
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByText("Matches ApplicationListResponse")).toBeVisible();
    await page.reload();
    const history = page.getByRole("list", { name: "History" }).getByRole("link");
    await expect(history.first()).toContainText("200 · listApplications");
    const key = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem("portico-playground-keys") ?? "{}").throttle as string,
    );
    expect(key).toMatch(/^sk_sandbox_/);
    const hrefs = await page
      .locator("a")
      .evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).href)));
    const stored = await page.evaluate(() => localStorage.getItem("portico-playground-history") ?? "");
    for (const text of [page.url(), ...hrefs, stored]) expect(text).not.toContain(key);
    for (const href of hrefs.filter((h) => h.includes("state="))) {
      const state = new URL(href).searchParams.get("state") ?? "";
      const decoded = Buffer.from(state.replaceAll("-", "+").replaceAll("_", "/"), "base64").toString("utf8");
      expect(decoded).not.toContain(key);
    }
    await page.getByRole("button", { name: "Forget keys" }).click();
    await expect(page.getByRole("button", { name: "Get a sandbox key" })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem("portico-playground-keys"))).toBeNull();
  });
});

test.describe("the playground on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("one column, nothing wider than the screen, no fixed element over another @phone-only", async ({ page }) => {
    await createCartInNewSandbox(page);
    for (const operation of ["createCart", "getCart", "listCarts"]) {
      await page.goto(`/playground?product=throttle&operation=${operation}`);
      await expect(page.getByRole("heading", { name: "Response" })).toBeVisible();
      expect(await sidewaysOverflow(page), `${operation} scrolls sideways`).toBeLessThanOrEqual(0);
      const [request, response] = await Promise.all(
        [".playground__request", ".playground__response"].map((selector) =>
          page.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON()),
        ),
      );
      // One column: the response starts below the request, and both fit the screen.
      expect(response.top).toBeGreaterThanOrEqual(request.bottom);
      for (const box of [request, response]) expect(box.right).toBeLessThanOrEqual(390);
    }
    const overlaps = await pinnedOverlaps(page);
    expect(overlaps.count).toBeGreaterThan(0);
    expect(overlaps.found).toEqual([]);
  });

  test("the menu reaches the products and the playground, and the home page links the playground @phone-only", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Products" })).toBeHidden();
    await page.getByRole("main").getByRole("link", { name: "Open the playground" }).click();
    await expect(page).toHaveURL(/\/playground/);
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();

    await page.getByText("Menu", { exact: true }).click();
    const menu = page.getByRole("navigation", { name: "Site" });
    await expect(menu.getByRole("link", { name: "Playground" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link")).toHaveCount(3);
    await menu.getByRole("link", { name: "Throttle API" }).click();
    await expect(page).toHaveURL(/\/throttle$/);
    // Closed once the page has changed.
    await expect(menu).toBeHidden();
  });
});
