import { expect, test } from "../support/fixtures.ts";
import { headerHydrated } from "../support/hydration.ts";
import { DOCS_ROUTES, pinnedOverlaps, sidewaysOverflow } from "../support/layout.ts";

test("table of contents links land on their heading anchors", async ({ page }) => {
  await page.goto("/throttle/conventions");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const links = toc.getByRole("link");
  await expect(links).toHaveText([
    "Field naming: camelCase, single shape",
    "Migrating from older snake_case responses",
    "Errors",
    "Pagination",
    "Identifier prefixes",
  ]);
  for (const link of await links.all()) {
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(`[id="${href?.slice(1)}"]`)).toBeInViewport();
  }
});

test("heading anchors are stable and deep links open at the heading", async ({ page }) => {
  await page.goto("/pqc/conventions#retries-and-backoff");
  const heading = page.getByRole("heading", { name: "Retries and backoff" });
  await expect(heading).toHaveAttribute("id", "retries-and-backoff");
  await expect(heading).toBeInViewport();
  await expect(heading.getByRole("link", { name: "Retries and backoff" })).toHaveAttribute(
    "href",
    "#retries-and-backoff",
  );
});

test("previous and next links follow the reading order within a product, never into another", async ({ page }) => {
  await page.goto("/pqc/conventions");
  const pager = page.getByRole("navigation", { name: "Previous and next pages" });
  await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  await pager.getByRole("link", { name: /Next.*Sandbox/ }).click();
  await expect(page).toHaveURL(/\/pqc\/sandbox$/);
  await expect(pager.getByRole("link", { name: /Previous.*API conventions/ })).toHaveAttribute(
    "href",
    "/pqc/conventions",
  );
  await expect(pager.getByRole("link", { name: /Next.*API reference/ })).toHaveAttribute("href", "/pqc/reference");

  await page.goto("/throttle/conventions");
  await expect(pager.getByRole("link", { name: /Previous/ })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: /Next/ })).toHaveAttribute("href", "/throttle/sandbox");
});

test("every page's pager stays within its product, and a product's last page leads nowhere further", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const pages = await page
    .locator(".product-card__pages a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(pages.length).toBeGreaterThanOrEqual(6);
  // The pager is server-rendered; reading the HTML spares loading Scalar on each reference page.
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const pager = /<nav aria-label="Previous and next pages"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? "";
    const hrefs = [...pager.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length, path).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, path).toMatch(new RegExp(`^/${path.split("/")[1]}/`));
    if (path.endsWith("/reference")) expect(pager, path).not.toContain('rel="next"');
  }
});

test("the copy button copies the code block's text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/throttle/conventions");
  const block = page
    .locator("figure")
    .filter({ has: page.locator(".code-block__title", { hasText: /^Request body$/ }) });
  await block.getByRole("button", { name: "Copy Request body" }).click();
  await expect(block.getByRole("button")).toHaveText("Copied");
  await expect(block.getByRole("status")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    '// POST /api/v1/carts request body\n{\n  "applicationId": "e7efb0a6-892e-46b2-97ab-296bb04c5b29",\n  "currency": "USD"\n}',
  );
});

test("the theme follows the system until chosen, then the choice survives reloads", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/pqc/conventions");
  expect(await background()).toBe("rgb(13, 17, 23)");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toBe("rgb(255, 255, 255)");

  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).toBe("rgb(13, 17, 23)");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).toBe("rgb(13, 17, 23)");

  // The remembered theme is applied by the inline head script, before any bundle runs: no flash.
  await page.route(/\.js(\?|$)/, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto("/throttle/conventions");
  expect(await background()).toBe("rgb(13, 17, 23)");
  await page.unroute(/\.js(\?|$)/);

  await page.goto("/throttle/conventions");
  await page.getByRole("button", { name: "Dark mode" }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test("an unknown address gets a real 404 page", async ({ page }) => {
    for (const path of ["/no-such-page", "/pqc/no-such-page", "/nope/conventions"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "PQC Inventory API: API conventions" })).toBeVisible();
    }
  });
});

test("keyboard users get a skip link and a visible focus ring", async ({ page }) => {
  await page.goto("/pqc/conventions");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).toBe("solid 3px");
});

test("every docs route at 360 px: no sideways scrolling, and the inline table of contents works @phone-only", async ({
  page,
}) => {
  for (const path of DOCS_ROUTES) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto("/throttle/conventions");
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  const inlineToc = page.locator("details.toc--inline");
  await inlineToc.locator("summary").click();
  await inlineToc.getByRole("link", { name: "Pagination" }).click();
  await expect(page.getByRole("heading", { name: "Pagination" })).toBeInViewport();
});

test.describe("docs on a 390 x 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no route scrolls sideways, and no fixed element sits over another @phone-only", async ({ page }) => {
    for (const path of DOCS_ROUTES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      // Halfway down, where the sticky header meets the content.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const overlaps = await pinnedOverlaps(page);
      expect(overlaps.count, `${path} has its sticky header`).toBeGreaterThan(0);
      expect(overlaps.found, path).toEqual([]);
    }
  });

  test("a wide table scrolls in its own frame, with a shadow at the edge it can scroll to @phone-only", async ({
    page,
  }) => {
    await page.goto("/throttle/sandbox");
    const frame = page.getByRole("region", { name: "Scrollable table" }).filter({ hasText: "Requests per API key" });
    const scroll = await frame.evaluate((element) => ({
      width: element.scrollWidth,
      client: element.clientWidth,
      attachment: getComputedStyle(element).backgroundAttachment,
      images: getComputedStyle(element).backgroundImage,
    }));
    expect(scroll.width).toBeGreaterThan(scroll.client);
    // The covers scroll with the table, the shadows stay at the frame's edges.
    expect(scroll.attachment).toBe("local, local, scroll, scroll");
    expect(scroll.images.match(/radial-gradient/g)).toHaveLength(2);
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("inline code and reference paths wrap only between words and path segments @phone-only", async ({ page }) => {
    for (const path of ["/pqc/conventions", "/pqc/sandbox", "/throttle/sandbox", "/throttle/reference"]) {
      await page.goto(path);
      const split = await page
        .locator("main code .code-whole")
        .evaluateAll((pieces) =>
          pieces.filter((piece) => piece.getClientRects().length > 1).map((piece) => piece.textContent),
        );
      expect(split, path).toEqual([]);
    }
    // The reference's paths do wrap, at a slash: "{customerId}" stays on one line.
    const path = page.locator("#getCustomer code");
    expect(await path.evaluate((code) => code.getClientRects().length)).toBeGreaterThan(1);
    await expect(path.locator(".code-whole").last()).toHaveText("{customerId}");
  });
});

test("every route loads without console errors or off-host requests", async ({ page }) => {
  for (const path of DOCS_ROUTES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
  }
});

test("links prefetch a page when the reader shows intent, not when they scroll into view", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has("_rsc")) prefetched.push(url.pathname);
  });
  await page.goto("/throttle/conventions");
  await headerHydrated(page);
  await page.waitForLoadState("networkidle");
  // The header, sidebar, breadcrumbs and pager hold about a dozen links, all in view.
  expect(prefetched).toEqual([]);

  const sidebar = page.getByRole("navigation", { name: "Throttle API pages" });
  await sidebar.getByRole("link", { name: "Sandbox" }).hover();
  await expect.poll(() => prefetched).toContain("/throttle/sandbox");

  // Still a client-side navigation: a full page load would forget this marker.
  await page.evaluate(() => Object.assign(window, { porticoMarker: true }));
  await sidebar.getByRole("link", { name: "Sandbox" }).click();
  await expect(page).toHaveURL(/\/throttle\/sandbox$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sandbox");
  expect(await page.evaluate(() => "porticoMarker" in window)).toBe(true);
  await expect(sidebar.getByRole("link", { name: "Sandbox" })).toHaveAttribute("aria-current", "page");
});
