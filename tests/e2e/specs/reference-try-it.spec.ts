import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

/** Opens the reference at an operation (as its outline link does) and that operation's Test Request. */
async function openTestRequest(page: Page, product: string, hash: string, method: string, path: string) {
  await page.goto(`/${product}/reference#${hash}`);
  await page.getByRole("button", { name: `Test Request (${method} ${path})` }).click();
  const client = page.getByRole("dialog").filter({ has: page.getByRole("button", { name: "Close Client" }) });
  await expect(client).toBeVisible();
  // The client opens below the portal's header, its close button too (it once sat on the theme toggle).
  const header = await page.locator(".site-header").boundingBox();
  const close = await page.getByRole("button", { name: "Close Client" }).boundingBox();
  const dialog = await client.boundingBox();
  if (!header || !close || !dialog) throw new Error("the header or the client is not laid out");
  expect(close.y).toBeGreaterThanOrEqual(header.y + header.height);
  expect(dialog.y).toBeGreaterThanOrEqual(header.y + header.height);
  return client;
}

/** Gets a sandbox key the way a reader does: the playground's button, which stores it for the session. */
async function getKeyInPlayground(page: Page, product: string) {
  await page.goto(`/playground?product=${product}`);
  await page.getByRole("button", { name: "Get a sandbox key" }).click();
  await expect(page.getByText(/^Using/)).toBeVisible();
}

const send = (client: ReturnType<Page["getByRole"]>) => client.getByRole("button", { name: /^Send Request/ }).click();

/**
 * Sends "Create a sandbox and its API keys" (POST /sandbox/keys, under its own server `/sandbox`)
 * from the product's reference as documented; it must reach the sandbox's own path, keyless, and
 * be answered 201 with the key, which the client shows. Returns that key.
 */
async function createKeyInReference(page: Page, product: string, field: string) {
  const client = await openTestRequest(page, product, "tag/sandbox/POST/keys", "post", "/keys");
  await expect(client.getByText(/\/sandbox$/).first()).toBeVisible();
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await send(client);
  const response = await answered;
  expect(new URL(response.url()).pathname).toBe("/sandbox/keys");
  expect(response.request().headers().authorization).toBeUndefined();
  expect(response.status()).toBe(201);
  const key: unknown = (await response.json()).data[field];
  if (typeof key !== "string") throw new Error(`no ${field} in the answer`);
  await expect(client.getByText("201 Created")).toBeVisible();
  await expect(client.getByText(key)).toBeVisible();
  return key;
}

test.describe("the reference's Test Request", () => {
  // The sandbox's 401 without a key is the point of the first step.
  test.use({ expectedConsoleErrors: [/status of 401/] });
  // Each journey loads Scalar twice or more, and visits the playground.
  test.describe.configure({ timeout: 90_000 });

  test("without a key answers 401 saying how to get one; with the playground's key, Create a cart as documented answers 201", async ({
    page,
  }) => {
    let client = await openTestRequest(page, "throttle", "tag/carts/POST/api/v1/carts", "post", "/api/v1/carts");
    await send(client);
    await expect(client.getByText("401 Unauthorized")).toBeVisible();
    await expect(client.getByText(/Get a sandbox key with POST \/sandbox\/keys or from the playground/)).toBeVisible();

    await getKeyInPlayground(page, "throttle");
    client = await openTestRequest(page, "throttle", "tag/carts/POST/api/v1/carts", "post", "/api/v1/carts");
    // The key is offered, not typed; it is not in the address either.
    await expect(client.getByLabel("Bearer Token")).not.toHaveValue("");
    expect(page.url()).not.toMatch(/sk_sandbox/);
    await send(client);
    await expect(client.getByText("201 Created")).toBeVisible();
  });

  test("with the playground's key, Get a cart and Get an asset as documented answer 200", async ({ page }) => {
    await getKeyInPlayground(page, "throttle");
    let client = await openTestRequest(
      page,
      "throttle",
      "tag/carts/GET/api/v1/carts/{cartId}",
      "get",
      "/api/v1/carts/{cartId}",
    );
    await send(client);
    await expect(client.getByText("200 OK")).toBeVisible();

    await getKeyInPlayground(page, "pqc");
    client = await openTestRequest(
      page,
      "pqc",
      "tag/inventory/GET/v1/pqc/inventory/{assetId}",
      "get",
      "/v1/pqc/inventory/{assetId}",
    );
    await send(client);
    await expect(client.getByText("200 OK")).toBeVisible();
  });

  test("Create a sandbox and its API keys answers 201 with a key, which Scalar then offers, on both references", async ({
    page,
  }) => {
    // A reader with no key: the key made here is offered at once to the product's other operations.
    const key = await createKeyInReference(page, "throttle", "secretKey");
    await page.getByRole("button", { name: "Close Client" }).click();
    const client = await openTestRequest(page, "throttle", "tag/carts/GET/api/v1/carts", "get", "/api/v1/carts");
    await expect(client.getByLabel("Bearer Token")).toHaveValue(key);
    await send(client);
    await expect(client.getByText("200 OK")).toBeVisible();
    // The playground finds it too: it is kept where the playground keeps keys.
    await page.goto("/playground?product=throttle");
    await expect(page.getByText(/^Using/)).toBeVisible();

    // A reader who has a key already still sends none here, and gets a new one.
    await getKeyInPlayground(page, "pqc");
    const before = await page.evaluate(() => sessionStorage.getItem("portico-playground-keys"));
    const pqcKey = await createKeyInReference(page, "pqc", "apiKey");
    expect(before).not.toContain(pqcKey);
    expect(await page.evaluate(() => sessionStorage.getItem("portico-playground-keys"))).toContain(pqcKey);
  });

  test("X-Sandbox-Simulate is offered but not sent unless the reader ticks it; the client fits the screen @phone", async ({
    page,
  }) => {
    const client = await openTestRequest(page, "throttle", "tag/carts/GET/api/v1/carts", "get", "/api/v1/carts");
    // Nothing in the client is wider than the client itself (on phones its columns once were).
    expect(await client.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    // Scalar's sidebar toggle sits beside the address bar, not over its server URL.
    const toggle = await client.getByRole("button", { name: "Show sidebar" }).boundingBox();
    const server = await client.getByRole("button", { name: /^Server:/ }).boundingBox();
    if (!toggle || !server) throw new Error("the sidebar toggle or the server URL is not laid out");
    const apart =
      toggle.x + toggle.width <= server.x ||
      server.x + server.width <= toggle.x ||
      toggle.y + toggle.height <= server.y ||
      server.y + server.height <= toggle.y;
    expect(apart, `toggle ${JSON.stringify(toggle)} over server ${JSON.stringify(server)}`).toBe(true);
    const simulate = client.getByRole("checkbox", { name: "Include X-Sandbox-Simulate in request" });
    await expect(simulate).toBeAttached();
    await expect(simulate).not.toBeChecked();
    const sent = page.waitForRequest((request) => new URL(request.url()).pathname === "/sandbox/throttle/api/v1/carts");
    await send(client);
    expect((await sent).headers()["x-sandbox-simulate"]).toBeUndefined();
  });
});

test("Ctrl+K on a reference page opens the portal's search and nothing of Scalar's", async ({ page }) => {
  await page.goto("/throttle/reference");
  await page.locator(".scalar-box").scrollIntoViewIfNeeded();
  await expect(page.locator(".scalar-box .scalar-api-reference")).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Search" })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(1);
  await expect(page.locator(".scalar-box").getByRole("button", { name: /search/i })).toHaveCount(0);
});
