import { readFile } from "node:fs/promises";
import { expect, test } from "../support/fixtures.ts";

test.describe("the playground", () => {
  // The sandbox answers these on purpose: a 400 and simulated 503s.
  test.use({ expectedConsoleErrors: [/status of (400|503)/] });

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
