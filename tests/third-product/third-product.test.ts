import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, chromiumPath } from "@portico/e2e/chromium";
import { Spectral } from "@stoplight/spectral-core";
import { oas } from "@stoplight/spectral-rulesets";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/free-port.mjs";
import { copyRepositoryWith, register, run, waitForServer } from "./repository-copy.ts";

/**
 * The promise of the product registry, kept: a third product is added to a temporary copy of the
 * repository by adding files (its content folder, its schema and operation module, its sandbox
 * module) and one entry in each list of products, and nothing else. Then the copy is installed,
 * its schema and sandbox tests run, the portal is built and served, and the new product is used
 * the way a reader would use it.
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = fileURLToPath(new URL("./fixture/", import.meta.url));
const PNPM = ["-y", "pnpm@10.34.9"];

let copy: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let base: string;

beforeAll(async () => {
  // The files of the new product, and nothing else but one entry in each list.
  copy = copyRepositoryWith(root, fixture);
  register(copy, "packages/schemas/src/products.ts", "ledger", "./products/ledger.ts", "PRODUCTS");
  register(
    copy,
    "packages/sandbox/src/product-sandboxes.ts",
    "ledgerSandbox",
    "./ledger/sandbox.ts",
    "PRODUCT_SANDBOXES",
    "ledger: ledgerSandbox",
  );

  run(copy, "npx", [...PNPM, "install", "--frozen-lockfile", "--prefer-offline"]);
  // The sandbox's tests send every operation's example, and every failure each can meet, to its
  // sandbox and check the answers against the document; the build validates the new pages' examples.
  run(copy, "npx", [
    ...PNPM,
    "exec",
    "turbo",
    "run",
    "typecheck",
    "test",
    "--filter=@portico/sandbox",
    "--concurrency=1",
  ]);
  run(copy, "npx", [...PNPM, "--filter", "@portico/portal", "build"]);

  const port = String(await freePort());
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["server.mjs"], {
    cwd: join(copy, "apps/portal"),
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: port,
      NEXT_TELEMETRY_DISABLED: "1",
      PORTICO_SQLITE_PATH: join(copy, "third-product.db"),
    },
    stdio: "inherit",
  });
  await waitForServer(`${base}/llms.txt`);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const api = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init);

describe("a third product added by files and one registry entry", () => {
  it("builds its pages, lists them and links its reference", async () => {
    const overview = await api("/ledger/overview");
    expect(overview.status).toBe(200);
    const html = await overview.text();
    expect(html).toContain("Ledger overview");
    expect(html).toContain("Office chairs");
    expect((await api("/ledger")).status).toBe(200);
    expect((await api("/ledger/reference")).status).toBe(200);
    const llms = await (await api("/llms.txt")).text();
    expect(llms).toContain("- [Ledger overview](/ledger/overview.md)");
    expect(llms).toContain("the Ledger API");
  });

  it("serves its OpenAPI document, which lints clean", async () => {
    const response = await api("/openapi/ledger.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { info: { title: string }; paths: Record<string, unknown> };
    expect(document.info.title).toBe("Ledger API");
    expect(Object.keys(document.paths)).toEqual(["/v1/entries", "/v1/entries/{entryId}", "/keys"]);
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas, "recommended"]] } as never);
    const problems = await spectral.run(JSON.stringify(document));
    expect(problems.map((p) => `${p.code} at ${p.path.join(".")}: ${p.message}`)).toEqual([]);
  });

  describe("its sandbox follows the conventions", () => {
    let apiKey: string;
    const authorised = (headers: Record<string, string> = {}) => ({ authorization: `Bearer ${apiKey}`, ...headers });
    const entry = { amount: 1250, currency: "EUR", memo: "Office chairs" };
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      api("/sandbox/ledger/v1/entries", {
        method: "POST",
        headers: authorised({ "content-type": "application/json", ...headers }),
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      const response = await api("/sandbox/keys", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ product: "ledger" }),
      });
      expect(response.status).toBe(201);
      const { data, meta } = (await response.json()) as { data: Record<string, string>; meta: { requestId: string } };
      expect(Object.keys(data).sort()).toEqual(["apiKey", "expiresAt", "ledgerId"]);
      expect(data.apiKey).toMatch(/^ldg_[A-Za-z0-9]{24}$/);
      expect(meta.requestId).toBe(response.headers.get("x-request-id"));
      apiKey = data.apiKey as string;
    });

    it("refuses a request without its key with the error envelope", async () => {
      const response = await api("/sandbox/ledger/v1/entries");
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("echoes X-Request-Id and answers a bad body with validation_error and the unknown key", async () => {
      const response = await post({ ...entry, memo_text: "x" }, { "x-request-id": "req-third-product-1" });
      expect(response.status).toBe(400);
      expect(response.headers.get("x-request-id")).toBe("req-third-product-1");
      const { error } = (await response.json()) as { error: { code: string; details: { received?: string[] }[] } };
      expect(error.code).toBe("validation_error");
      expect(error.details.flatMap((detail) => detail.received ?? [])).toEqual(["memo_text"]);
    });

    it("replays an Idempotency-Key and refuses its reuse with another body", async () => {
      const first = await post(entry, { "idempotency-key": "third-product-1" });
      expect(first.status).toBe(201);
      const again = await post(entry, { "idempotency-key": "third-product-1" });
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(await again.text()).toBe(await first.text());
      const reused = await post({ ...entry, amount: 1 }, { "idempotency-key": "third-product-1" });
      expect(reused.status).toBe(422);
      expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
    });

    it("walks its list one cursor page at a time, in creation order, to a null cursor", async () => {
      const created: string[] = [];
      for (const memo of ["first", "second", "third"]) {
        const response = await post({ ...entry, memo });
        created.push(((await response.json()) as { id: string }).id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=1&cursor=${encodeURIComponent(cursor)}` : "?limit=1";
        const page = (await (await api(`/sandbox/ledger/v1/entries${query}`, { headers: authorised() })).json()) as {
          items: { id: string }[];
          nextCursor: string | null;
          hasMore: boolean;
        };
        expect(page.items).toHaveLength(1);
        expect(page.hasMore).toBe(page.nextCursor !== null);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(cursor).toBeNull();
      // One entry from the idempotency test, then the three made here.
      expect(seen.slice(1)).toEqual(created);
      const one = await api(`/sandbox/ledger/v1/entries/${created[0]}`, { headers: authorised() });
      expect(((await one.json()) as { memo: string }).memo).toBe("first");
      const missing = await api("/sandbox/ledger/v1/entries/0193a0b4-0000-7000-8000-000000000000", {
        headers: authorised(),
      });
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    });
  });

  it("lists its operations in the playground", async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${base}/playground?product=ledger`);
    const product = page.getByRole("combobox", { name: /^Product/ });
    await expect.poll(() => product.inputValue()).toBe("ledger");
    expect(await product.locator("option:checked").textContent()).toBe("Ledger API");
    const operations = await page
      .getByRole("combobox", { name: /^Operation/ })
      .locator("option")
      .allTextContents();
    expect(operations.map((text) => text.split(" · ")[0])).toEqual([
      "GET /v1/entries",
      "GET /v1/entries/{entryId}",
      "POST /v1/entries",
      "POST /keys",
    ]);
    await page.close();
  });

  it("is found by search", async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${base}/ledger/errors`);
    // The header's islands are hydrated once the theme toggle shows its state.
    await page.locator('button[aria-pressed="true"], button[aria-pressed="false"]').first().waitFor();
    await page.getByRole("button", { name: /Search/ }).click();
    const dialog = page.getByRole("dialog", { name: "Search" });
    await dialog.getByRole("combobox").fill("walking the ledger");
    const best = dialog.getByRole("option").first();
    await expect.poll(() => best.textContent(), { timeout: 10_000 }).toContain("Ledger API · Ledger overview");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${base}/ledger/overview#walking-the-ledger`);
    await page.close();
  });
});
