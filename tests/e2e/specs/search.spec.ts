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
});

test("a query naming an operation or an error code ranks it first", async ({ page }) => {
  await page.goto("/");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  const first = dialog.getByRole("option").first();
  for (const [query, expected] of [
    ["create cart", ["Create a cart", "POST /api/v1/carts"]],
    ["list inventory", ["List inventory assets", "GET /v1/pqc/inventory"]],
    ["missing_application_id", ["missing_application_id", "Error codes"]],
  ] as const) {
    await dialog.getByRole("combobox").fill(query);
    for (const text of expected) await expect(first).toContainText(text);
  }
});

test("an operation hit lands on the operation's details in the interactive reference", async ({ page }) => {
  await page.goto("/throttle/conventions");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  await dialog.getByRole("combobox").fill("create cart");
  await expect(dialog.getByRole("option").first()).toContainText("Create a cart");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/throttle\/reference#tag\/carts\/POST\/api\/v1\/carts$/);
  // Scalar's section for the operation (its id is prefixed with the document's slug), with its
  // request body, not the outline's one-line entry.
  const details = page.locator('section[id$="/tag/carts/POST/api/v1/carts"]');
  await expect(details).toBeInViewport({ timeout: 20_000 });
  await expect(details).toContainText("Create a cart");
  await expect(details).toContainText("applicationId");
});

test("snippets are plain text with the matched words marked", async ({ page }) => {
  await page.goto("/pqc/conventions");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  // The operations' descriptions are Markdown with `code` spans in the documents.
  for (const query of ["list inventory", "cursor", "idempotency key"]) {
    await dialog.getByRole("combobox").fill(query);
    await expect(dialog.getByRole("option").first()).toBeVisible();
    const texts = await dialog.getByRole("option").allTextContents();
    expect(texts.filter((text) => text.includes("`"))).toEqual([]);
  }
  await dialog.getByRole("combobox").fill("list inventory");
  const hit = dialog.getByRole("option").first();
  await expect(hit.locator(".search-dialog__excerpt")).toContainText("nextCursor");
  await expect(hit.locator(".search-dialog__title mark")).toHaveText(["List", "inventory"]);
});

test("/ opens search, except while typing in a form field", async ({ page }) => {
  await page.goto("/pqc/conventions");
  await headerHydrated(page);
  const dialog = page.getByRole("dialog", { name: "Search" });
  await page.keyboard.press("/");
  await expect(dialog).toBeVisible();
  // The slash opened search; it did not become the query.
  await expect(dialog.getByRole("combobox")).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const comment = page.getByRole("textbox", { name: /What could be better/ });
  await comment.click();
  await page.keyboard.type("a/b");
  await expect(comment).toHaveValue("a/b");
  await expect(dialog).toBeHidden();
});

test("the dialog is anchored near the top and stays put as results change @phone", async ({ page }) => {
  await page.goto("/throttle/conventions");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search" });
  const input = dialog.getByRole("combobox");
  await expect(input).toBeFocused();
  const top = async () => (await dialog.boundingBox())?.y;
  const empty = await top();
  const viewport = page.viewportSize();
  expect(empty).toBeDefined();
  expect(empty as number).toBeLessThan((viewport?.height ?? 0) * 0.2);

  await input.fill("cart");
  await expect(dialog.getByRole("option").nth(3)).toBeVisible();
  expect(await top()).toBe(empty);
  await input.fill("missing_application_id");
  await expect(dialog.getByRole("option").first()).toContainText("missing_application_id");
  expect(await top()).toBe(empty);
  await input.fill("qqzzxx");
  await expect(dialog.getByText("Nothing matches")).toBeVisible();
  expect(await top()).toBe(empty);
});

test("Escape closes the dialog", async ({ page }) => {
  await page.goto("/throttle/conventions");
  await headerHydrated(page);
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeHidden();
});
