import { expect, test } from "../support/fixtures.ts";
import { headerHydrated } from "../support/hydration.ts";

test("search is downloaded only when opened, then finds a section by keyboard alone", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("/pqc/conventions");
  await page.waitForLoadState("networkidle");
  expect(requests.filter((path) => path === "/search-index.json")).toEqual([]);
  const before = requests.length;

  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await expect(dialog).toBeVisible();
  await expect.poll(() => requests.slice(before)).toContain("/search-index.json");
  await page.keyboard.type("idempotency key");
  const results = dialog.getByRole("option");
  await expect(results.first()).toBeVisible();
  await expect(dialog.getByRole("group", { name: "Pages" })).toContainText("Idempotency for writes");
  await expect(dialog.locator("mark").first()).toBeVisible();

  const target = dialog.getByRole("option").filter({ hasText: "Idempotency for writes" }).first();
  const index = await results.evaluateAll(
    (options, text) => options.findIndex((o) => o.textContent?.includes(text as string)),
    "Idempotency for writes",
  );
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect(target).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/pqc\/conventions#idempotency-for-writes$/);
  await expect(page.getByRole("heading", { name: "Idempotency for writes" })).toBeInViewport();
});

test("search finds API operations and error codes across products", async ({ page }) => {
  await page.goto("/");
  await headerHydrated(page);
  await page.getByRole("button", { name: /Search/ }).click();
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("combobox").fill("create cart");
  const operations = dialog.getByRole("group", { name: "API operations" });
  await expect(operations).toContainText("POST /api/v1/carts");
  await dialog.getByRole("combobox").fill("unrecognized_keys");
  await expect(dialog.getByRole("group", { name: "Pages" })).toContainText("Errors");
  await dialog.getByRole("combobox").fill("idempotency_key_reused");
  await expect(dialog.getByRole("group", { name: "Error codes" })).toContainText("idempotency_key_reused");
  await dialog.getByRole("combobox").fill("inventory assets");
  await operations.getByRole("option").first().click();
  await expect(page).toHaveURL(/\/pqc\/reference#listInventory$/);
  await expect(page.locator("#listInventory")).toBeInViewport();
});

test("Escape closes the dialog", async ({ page }) => {
  await page.goto("/throttle/conventions");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();
});
