import { expect, test } from "../support/fixtures.ts";

test("the home page's quick start has three steps whose links all lead somewhere", async ({ page }) => {
  await page.goto("/");
  const quickStart = page.getByRole("region", { name: "Quick start" });
  await expect(quickStart.getByRole("heading", { level: 3 })).toHaveText([
    "Get a sandbox key",
    "Try a request",
    "Read the conventions",
  ]);
  const steps = quickStart.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  const [key, request, conventions] = await Promise.all(
    [0, 1, 2].map((i) =>
      steps
        .nth(i)
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? "")),
    ),
  );
  // One link per product in each step.
  const products = await page.locator(".product-card").count();
  for (const links of [key, request, conventions]) expect(links).toHaveLength(products);

  for (const href of key ?? []) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 2, name: "Get a key" })).toBeVisible();
  }
  for (const href of request ?? []) {
    expect(href).toMatch(/^\/playground\?product=[a-z]+&operation=\w+$/);
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
    // The playground opened on that product and operation, ready to send.
    const params = new URL(href, "http://portal").searchParams;
    await expect(page.getByRole("combobox", { name: "Product", exact: true })).toHaveValue(params.get("product") ?? "");
    await expect(page.getByRole("combobox", { name: "Operation", exact: true })).toHaveValue(
      params.get("operation") ?? "",
    );
    await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
  }
  for (const href of conventions ?? []) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1, name: /conventions/i })).toBeVisible();
  }
});

test("every page's footer links the OpenAPI documents, llms.txt, the AI-assistant page and the feedback admin, each answering 200", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/throttle/conventions", "/playground"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    const hrefs = await footer
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs, path).toEqual(
      expect.arrayContaining([
        "/openapi/pqc.json",
        "/openapi/throttle.json",
        "/openapi/portico.json",
        "/llms.txt",
        "/ai-assistants",
        "/admin/feedback",
      ]),
    );
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("every page has a canonical link and an Open Graph title and URL of its own", async ({ page, request }) => {
  await page.goto("/");
  const linked = await page
    .locator(".product-card a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const paths = ["/", "/playground", "/admin/feedback", ...new Set(linked)];
  expect(paths.length).toBeGreaterThanOrEqual(11);
  // Metadata is in the served HTML; reading it spares loading Scalar on each reference page.
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const tag = (pattern: RegExp) => pattern.exec(html)?.[1] ?? "";
    const canonical = tag(/<link rel="canonical" href="([^"]*)"/);
    expect(new URL(canonical).pathname, path).toBe(path);
    expect(tag(/<meta property="og:url" content="([^"]*)"/), path).toBe(canonical);
    const title = tag(/<title>([^<]*)<\/title>/);
    expect(title, path).not.toBe("");
    expect(tag(/<meta property="og:title" content="([^"]*)"/), path).toBe(title);
  }
});
