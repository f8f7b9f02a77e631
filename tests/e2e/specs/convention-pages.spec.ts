import { expect, test } from "../support/fixtures.ts";
import { normalise, seedFragments } from "../support/seed-fragments.ts";

const pages = [
  { path: "/pqc/conventions", seed: "pqc-conventions.txt", product: "PQC Inventory API" },
  { path: "/throttle/conventions", seed: "throttle-conventions.txt", product: "Throttle API" },
];

test("the home page lists both API products with a line about each", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator(".product-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByRole("heading", { name: "PQC Inventory API" })).toBeVisible();
  await expect(cards.nth(0)).toContainText("post-quantum");
  await expect(cards.nth(1).getByRole("heading", { name: "Throttle API" })).toBeVisible();
  await expect(cards.nth(1)).toContainText("carts");
  await expect(cards.nth(1).getByRole("link", { name: "Sandbox" })).toHaveAttribute("href", "/throttle/sandbox");
  await cards.nth(1).getByRole("link", { name: "API Conventions" }).click();
  await expect(page).toHaveURL(/\/throttle\/conventions$/);
});

for (const { path, seed, product } of pages) {
  test(`${path} carries every fragment of its seed page, in the seed's order`, async ({ page }) => {
    await page.goto(path);
    // textContent, not innerText: CSS text-transform must not change what the page says.
    const article = normalise((await page.locator("article").textContent()) ?? "");
    const fragments = seedFragments(seed);
    expect(fragments.length).toBeGreaterThan(30);
    let from = 0;
    const missing: string[] = [];
    for (const fragment of fragments) {
      const at = article.indexOf(fragment, from);
      if (at < 0) missing.push(fragment);
      else from = at + fragment.length;
    }
    expect(missing).toEqual([]);
  });

  test(`${path} shows its product's chrome`, async ({ page }) => {
    await page.goto(path);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
    await expect(crumbs.getByRole("link", { name: product })).toBeVisible();
    const sidebar = page.getByRole("navigation", { name: `${product} pages` });
    await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute("href", path);
  });
}

test("the PQC page restores the seed's tables, list and code blocks", async ({ page }) => {
  await page.goto("/pqc/conventions");
  await expect(page).toHaveTitle("API conventions · PQC Inventory API · Portico");
  await expect(page.locator("article")).toContainText("Last updated: 2026-06-09");
  await expect(page.locator("article").getByRole("heading", { level: 2 })).toHaveText([
    "Pagination",
    "Idempotency for writes",
    "Request and response headers",
    "Content types",
    "Retries and backoff",
  ]);

  const headers = page.locator("table").nth(0);
  await expect(headers.locator("thead th")).toHaveText(["Field", "Type", "Required", "Description"]);
  await expect(headers.locator("tbody tr")).toHaveCount(4);
  await expect(headers.locator("tbody tr").nth(0).locator("td")).toHaveText([
    "Authorization",
    "Bearer <api_key>",
    "Yes",
    "Tenant API key with scope appropriate for the endpoint group.",
  ]);
  const retries = page.locator("table").nth(1);
  await expect(retries.locator("tbody td:first-child")).toHaveText([
    "429 Too Many Requests",
    "500 Internal Server Error",
    "502/503/504",
    "400/401/403/404",
  ]);
  await expect(page.locator("article ul").filter({ hasText: "multipart/form-data" }).locator("li")).toHaveCount(3);

  await expect(page.locator("figure.code-block")).toHaveCount(2);
  // A request example also holds its samples in other languages, in panels not shown.
  const code = page.locator("figure.code-block pre:visible");
  await expect(code).toHaveCount(2);
  await expect(code.nth(0)).toHaveText("GET /v1/pqc/inventory?limit=100&cursor=eyJvZmZzZXQiOjEwMH0=");
  await expect(code.nth(1)).toContainText('"nextCursor": "eyJvZmZzZXQiOjIwMH0="');
  await expect(page.locator(".code-block__schema").nth(1)).toHaveText("Validated: pqc.InventoryListResponse");
  // Highlighted at build time: the token colours are already in the HTML.
  await expect(code.nth(1).locator("span[style*='--shiki-dark']").first()).toBeAttached();

  const feedback = page.getByRole("link", { name: "Report documentation feedback" });
  await expect(feedback).toHaveAttribute("href", "#feedback");
});

test("the Throttle page keeps its JSON comments, titles and id-prefix list", async ({ page }) => {
  await page.goto("/throttle/conventions");
  await expect(page.locator("figcaption .code-block__title")).toHaveText([
    "Request body",
    "Response body",
    "Error envelope",
    "Validation error",
    "Paginated response",
  ]);
  const envelope = page.locator("figure", { hasText: "Error envelope" }).locator("pre");
  await expect(envelope).toContainText("// stable, machine-readable");
  await expect(envelope).toContainText("// optional, field-level");
  const prefixes = page.locator("article ul").filter({ hasText: "whsec_" }).locator("li");
  await expect(prefixes).toHaveCount(4);
  await expect(prefixes.nth(0)).toHaveText("sk_<environment-slug>_* — secret key for one workspace environment.");
  await expect(
    page.getByRole("heading", { level: 3, name: "Migrating from older snake_case responses" }),
  ).toBeVisible();
});
