import { readFile } from "node:fs/promises";
import { ADMIN_TOKEN } from "../playwright.config.ts";
import { expect, test } from "../support/fixtures.ts";

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** The stored submissions whose comment is this test's marker. */
async function stored(request: import("@playwright/test").APIRequestContext, marker: string) {
  const response = await request.get("/api/admin/feedback?limit=100", { headers: admin });
  expect(response.status(), await response.text()).toBe(200);
  const { data } = await response.json();
  return data.filter((item: { comment: string | null }) => item.comment?.includes(marker));
}

test.describe("with JavaScript", () => {
  test.use({ expectedConsoleErrors: [/status of 503/] });
  test("a reader sends feedback in place, and what they typed stays when sending fails", async ({ page, request }) => {
    const marker = `js-on-${Date.now()}`;
    await page.goto("/throttle/conventions");
    const form = page.locator("#feedback form");
    await form.getByLabel("No").check();
    await form.getByLabel(/What could be better/).fill(`Pagination example lacks the request. ${marker}`);
    await form.getByLabel(/Category/).selectOption("missing_information");
    await form.getByLabel(/Email for a reply/).fill("reader@example.com");

    await page.route("**/api/feedback", (route) =>
      // The portal's own 503 when its database is down, as its document declares it.
      route.fulfill({
        status: 503,
        headers: { "Retry-After": "5", "X-Request-Id": "0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d" },
        json: { error: { code: "service_unavailable", message: "Service unavailable" } },
      }),
    );
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(form.getByRole("alert")).toContainText("Service unavailable");
    await expect(form.getByLabel(/What could be better/)).toHaveValue(
      `Pagination example lacks the request. ${marker}`,
    );
    await expect(form.getByLabel(/Email for a reply/)).toHaveValue("reader@example.com");

    await page.unroute("**/api/feedback");
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(page.locator(".feedback__sent--shown")).toHaveText("Thank you: your feedback reached the writers.");
    await expect(page).toHaveURL(/\/throttle\/conventions$/);
    const [item] = await stored(request, marker);
    expect(item).toMatchObject({
      pagePath: "/throttle/conventions",
      helpful: false,
      category: "missing_information",
      email: "reader@example.com",
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the form posts and returns to the page with a confirmation", async ({ page, request }) => {
    const marker = `js-off-${Date.now()}`;
    await page.goto("/pqc/conventions");
    await expect(page.locator("#feedback-sent")).toBeHidden();
    await page.getByRole("link", { name: "Report documentation feedback" }).click();
    await expect(page).toHaveURL(/#feedback$/);
    const form = page.locator("#feedback form");
    await form.getByLabel("Yes").check();
    await form.getByLabel(/What could be better/).fill(`Clear retry table. ${marker}`);
    await form.getByRole("button", { name: "Send feedback" }).click();
    await expect(page).toHaveURL(/\/pqc\/conventions#feedback-sent$/);
    await expect(page.locator("#feedback-sent")).toBeVisible();
    const [item] = await stored(request, marker);
    expect(item).toMatchObject({ pagePath: "/pqc/conventions", helpful: true });
  });
});

test("Report a problem on a code example fills in the example", async ({ page, request }) => {
  const marker = `example-${Date.now()}`;
  await page.goto("/throttle/conventions");
  const example = page.locator("figure", { has: page.locator(".code-block__title", { hasText: /^Response body$/ }) });
  await example.hover();
  await example.getByRole("link", { name: "Report a problem with Response body" }).click();
  const form = page.locator("#feedback form");
  await expect(form.getByText("About #example-2-response-body")).toBeVisible();
  await expect(form.getByLabel("Yes")).toBeFocused();
  await form.getByLabel("No").check();
  await form.getByLabel(/Category/).selectOption("broken_example");
  await form.getByLabel(/What could be better/).fill(`The id is elided. ${marker}`);
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.locator(".feedback__sent--shown")).toBeVisible();
  const [item] = await stored(request, marker);
  expect(item).toMatchObject({ anchor: "example-2-response-body", category: "broken_example" });
});

test("Report a problem appears on heading focus and names the section", async ({ page }) => {
  await page.goto("/pqc/conventions");
  const report = page.getByRole("link", { name: "Report a problem with the section “Pagination”" });
  await report.focus();
  await expect(report).toHaveCSS("opacity", "1");
  await report.click();
  await expect(page.locator("#feedback form").getByText("About #pagination")).toBeVisible();
});

test("a writer signs in, finds the submission, changes its status and exports the CSV", async ({ page, request }) => {
  const marker = `triage-${Date.now()}`;
  const created = await request.post("/api/feedback", {
    data: { pagePath: "/throttle/sandbox", helpful: false, category: "unclear", comment: `<b>bold?</b> ${marker}` },
  });
  expect(created.status()).toBe(201);

  await page.goto("/admin/feedback");
  await expect(page.getByRole("heading", { name: "Sign in to the feedback admin" })).toBeVisible();
  await page.getByLabel("Admin token").fill("wrong-token-wrong-token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("That token does not open the admin.");
  await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Documentation feedback" })).toBeVisible();

  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Page").fill("/throttle/sandbox");
  await filters.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("row").filter({ hasText: marker });
  // The comment's markup is shown as text, never rendered.
  await expect(row.getByRole("cell").filter({ hasText: "<b>bold?</b>" })).toBeVisible();
  await expect(page.locator("b", { hasText: "bold?" })).toHaveCount(0);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Feedback on /throttle/sandbox" })).toBeVisible();
  // Hydration resets an uncontrolled select changed before it; no person is that fast.
  await page.waitForLoadState("networkidle");

  await page.getByLabel("Status").selectOption("triaged");
  await page.getByLabel("Note").fill("Will add a diagram.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByLabel("Status")).toHaveValue("triaged");

  await page.getByRole("link", { name: "← All feedback" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^portico-feedback-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await file.path()) ?? "", "utf8");
  const line = csv.split("\r\n").find((l) => l.includes(marker)) ?? "";
  expect(line).toContain("/throttle/sandbox");
  expect(line).toContain(",triaged,Will add a diagram.,");

  await expect(page.getByRole("img", { name: /Helpful and not helpful answers per day/ })).toBeVisible();
});
