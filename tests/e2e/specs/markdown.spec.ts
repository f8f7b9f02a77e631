import { expect, test } from "../support/fixtures.ts";

test("every docs page is also clean Markdown at its path plus .md", async ({ request }) => {
  const response = await request.get("/throttle/conventions.md");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  // Rendered on request, cached as long as when it was prerendered.
  expect(response.headers()["cache-control"]).toBe("s-maxage=31536000");
  const markdown = await response.text();
  expect(markdown.startsWith("# API Conventions\n")).toBe(true);
  expect(markdown).toContain("## Field naming: camelCase, single shape");
  expect(markdown).toContain("**Request body**\n\n```jsonc\n// POST /api/v1/carts request body");
  expect(markdown).not.toMatch(/schema="|title="/);
  expect(markdown).toContain("- `whsec_*` — webhook signing secret.");
  expect((await request.get("/pqc/nope.md")).status()).toBe(404);
});

test("llms.txt lists every page, and llms-full.txt holds all their Markdown", async ({ request }) => {
  const index = await (await request.get("/llms.txt")).text();
  for (const link of [
    "/pqc/conventions.md",
    "/pqc/sandbox.md",
    "/throttle/conventions.md",
    "/throttle/sandbox.md",
    "/openapi/pqc.json",
  ]) {
    expect(index).toContain(`](${link}): `);
  }
  const full = await (await request.get("/llms-full.txt")).text();
  expect(full).toContain("# API conventions");
  expect(full).toContain("| 429 Too Many Requests | retryable | Yes |");
  expect(full).toContain("# Sandbox");
});

test("Copy page as Markdown copies the page's Markdown", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/pqc/conventions");
  await page.getByRole("button", { name: "Copy page as Markdown" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith("# API conventions\n\n> Cross-endpoint behaviors")).toBe(true);
  expect(copied).toContain("Last updated: 2026-06-09");
});
