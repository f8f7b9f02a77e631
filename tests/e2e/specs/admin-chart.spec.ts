import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { ADMIN_TOKEN } from "../playwright.config.ts";
import { expect, test } from "../support/fixtures.ts";

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** Sends feedback as a reader would; the admin's status, if given, is set as a writer would. */
async function seed(
  request: APIRequestContext,
  items: { pagePath: string; helpful: boolean; status?: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const { pagePath, helpful, status } of items) {
    const created = await request.post("/api/feedback", { data: { pagePath, helpful } });
    expect(created.status()).toBe(201);
    const id: string = (await created.json()).data.id;
    if (status) {
      const patched = await request.patch(`/api/admin/feedback/${id}`, { headers: admin, data: { status } });
      expect(patched.status()).toBe(200);
    }
    ids.push(id);
  }
  return ids;
}

/** Records every string drawn on a canvas: uPlot draws its tick labels with fillText. */
async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnText: string[] }).drawnText = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

/** Signs in, then opens `path`: signing in leads to the admin's unfiltered list. */
async function signIn(page: Page, path: string) {
  await page.goto("/admin/feedback");
  await page.getByLabel("Admin token").fill(ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Documentation feedback" })).toBeVisible();
  await page.goto(path);
}

/** The tick labels drawn last: date labels on the time axis, the rest (but the axis title) on the readers axis. */
async function tickLabels(page: Page) {
  const drawn = await page.evaluate(() => (window as unknown as { drawnText: string[] }).drawnText.splice(0));
  const dates = drawn.filter((text) => /[A-Za-z]{3}/.test(text) && text !== "Readers");
  const counts = drawn.filter((text) => !dates.includes(text) && text !== "Readers");
  return { dates: [...new Set(dates)], counts };
}

const chart = (page: Page) => page.locator(".admin__chart-canvas");
const legendValue = (page: Page, series: string) =>
  page
    .locator(".admin__chart .u-legend .u-series")
    .filter({ has: page.locator(".u-label").getByText(series, { exact: true }) })
    .locator(".u-value");

test("one day of feedback is drawn on that day, with whole readers, and the legend shows it under the cursor", async ({
  page,
  request,
}) => {
  await seed(request, [
    { pagePath: "/pqc/sandbox", helpful: false },
    { pagePath: "/pqc/sandbox", helpful: false },
    { pagePath: "/pqc/sandbox", helpful: true },
  ]);
  await recordCanvasText(page);
  await signIn(page, "/admin/feedback?product=pqc");
  await expect(chart(page).locator("canvas")).toBeVisible();
  let labels = { dates: [] as string[], counts: [] as string[] };
  await expect
    .poll(async () => {
      labels = await tickLabels(page);
      return labels.dates.length;
    })
    .toBeGreaterThan(0);
  const today = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(),
  );
  // The day the feedback came in, once: not an axis of months or years.
  expect(labels.dates).toEqual([today]);
  expect(labels.counts.length).toBeGreaterThanOrEqual(2);
  for (const count of labels.counts) expect(count).toMatch(/^\d+$/);

  // The table and the chart count the same feedback: the legend at that day adds up the table.
  const notHelpful = await page
    .getByRole("table")
    .last()
    .locator("tbody tr")
    .evaluateAll((rows) => rows.reduce((sum, row) => sum + Number(row.children[1]?.textContent), 0));
  expect(notHelpful).toBeGreaterThanOrEqual(2);
  await expect(legendValue(page, "Not helpful")).toHaveText("–");
  await chart(page).locator(".u-over").hover();
  await expect(legendValue(page, "Day")).toHaveText(today);
  await expect(legendValue(page, "Not helpful")).toHaveText(String(notHelpful));
});

test("the chart and the least helpful table follow the filters", async ({ page, request }) => {
  await seed(request, [
    { pagePath: "/throttle/conventions", helpful: false, status: "wont_fix" },
    { pagePath: "/pqc/conventions", helpful: false },
  ]);
  await signIn(page, "/admin/feedback?product=throttle");
  const leastHelpful = page.getByRole("table").last().locator("tbody tr td:first-child");
  await expect(leastHelpful.first()).toBeVisible();
  for (const path of await leastHelpful.allTextContents()) expect(path).toMatch(/^\/throttle\//);
  const options = await page.locator(".admin__chart select option").allTextContents();
  expect(options[0]).toBe("All pages");
  expect(options.length).toBeGreaterThan(1);
  for (const path of options.slice(1)) expect(path).toMatch(/^\/throttle\//);

  // A status filter, chosen by its word, narrows the list, the table and the chart alike.
  await page.waitForLoadState("networkidle");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Status").selectOption({ label: "Won't fix" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=wont_fix/);
  const statuses = page.getByRole("table").first().locator("tbody tr td:last-child");
  await expect(statuses.first()).toHaveText("Won't fix");
  for (const status of await statuses.allTextContents()) expect(status).toBe("Won't fix");
  const listed = await statuses.count();
  const counted = await page
    .getByRole("table")
    .last()
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.reduce((sum, row) => sum + Number(row.children[1]?.textContent) + Number(row.children[2]?.textContent), 0),
    );
  expect(counted).toBe(listed);
  await chart(page).locator(".u-over").hover();
  const helpful = Number(await legendValue(page, "Helpful").textContent());
  const notHelpful = Number(await legendValue(page, "Not helpful").textContent());
  expect(helpful + notHelpful).toBe(listed);
});

test("an item's status and dates read as words", async ({ page, request }) => {
  const [id] = await seed(request, [{ pagePath: "/throttle/sandbox", helpful: false, status: "wont_fix" }]);
  await signIn(page, "/admin/feedback");
  await page.goto(`/admin/feedback/${id}`);
  await expect(page.getByLabel("Status")).toHaveValue("wont_fix");
  expect(await page.getByLabel("Status").locator("option").allTextContents()).toEqual([
    "New",
    "Triaged",
    "Resolved",
    "Won't fix",
  ]);
  const received = page.locator(".admin__details dd time").first();
  const iso = (await received.getAttribute("datetime")) ?? "";
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  const when = new Date(iso);
  const month = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(when);
  await expect(received).toContainText(`${month} ${when.getUTCDate()}, ${when.getUTCFullYear()}`);
  await expect(received).toContainText("UTC");
  await expect(received).not.toHaveText(/\dT\d/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the admin with its chart has no serious or critical accessibility violation (${colorScheme})`, async ({
    page,
    request,
  }) => {
    await seed(request, [{ pagePath: "/pqc/conventions", helpful: false }]);
    await page.emulateMedia({ colorScheme });
    await signIn(page, "/admin/feedback");
    await expect(chart(page).locator("canvas")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(severe).toEqual([]);
  });
}
