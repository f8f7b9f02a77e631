import { expect, test } from "../support/fixtures.ts";

test("the reference outline is server-rendered, and Scalar loads only when wanted", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
  await page.setViewportSize({ width: 1300, height: 600 });
  await page.goto("/throttle/reference");
  await expect(page.getByRole("heading", { level: 1, name: "Throttle API" })).toBeVisible();
  const outline = page.getByRole("navigation", { name: "Operations" });
  for (const tag of ["Applications", "Customers", "Carts", "Sandbox"])
    await expect(outline.getByRole("heading", { name: tag })).toBeVisible();
  const create = outline.getByRole("listitem").filter({ hasText: "Create a cart" });
  await expect(create).toContainText("POST /sandbox/throttle/api/v1/carts");
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".scalar-box .scalar-api-reference")).toHaveCount(0);
  const before = scripts.length;

  await page.getByRole("button", { name: "Open the interactive reference" }).click();
  const scalar = page.locator(".scalar-box .scalar-api-reference");
  await expect(scalar).toBeVisible({ timeout: 20_000 });
  expect(scripts.length).toBeGreaterThan(before);
  await expect(scalar.getByRole("heading", { name: "Throttle API" })).toBeVisible();
  await expect(scalar).toContainText("/sandbox/throttle");
  await expect(page.locator('.scalar-box a[href*="scalar.com"]')).toBeHidden();
});

test("Scalar follows the portal's theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/pqc/reference");
  // Scrolling to it loads it as well as the button does.
  await page.locator(".scalar-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".scalar-box .scalar-api-reference")).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("body")).toHaveClass(/light-mode/);
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(page.locator("body")).toHaveClass(/dark-mode/);
});

test("the outline lists every operation of the OpenAPI document", async ({ page, request }) => {
  const doc = await (await request.get("/openapi/pqc.json")).json();
  const operations = Object.values(doc.paths as Record<string, Record<string, { summary: string }>>).flatMap((item) =>
    Object.values(item).map((op) => op.summary),
  );
  await page.goto("/pqc/reference");
  const outline = page.getByRole("navigation", { name: "Operations" });
  for (const summary of operations) await expect(outline.getByText(summary, { exact: true })).toBeVisible();
});
