import { readFileSync } from "node:fs";
import { createTestSandbox, type TestSandbox } from "@portico/sandbox/testing";
import { PRODUCT_IDS } from "@portico/schemas/products";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPorticoClient,
  itemsOfDataPages,
  itemsOfItemPages,
  PorticoApiError,
  unwrap,
} from "./create-portico-client.ts";
import { generateTypes } from "./generate-types.ts";
import type { paths as PqcPaths } from "./generated/pqc.ts";
import type { paths as ThrottlePaths } from "./generated/throttle.ts";

let sandbox: TestSandbox;
const transport = (request: Request) => sandbox.fetch(request);
const noWait = { minTimeout: 0, maxTimeout: 0, randomize: false };

beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(() => sandbox.close());

describe("the typed client against the real sandbox", () => {
  it("creates a cart, retrying a simulated outage with one Idempotency-Key", async () => {
    const keys = await sandbox.sandboxKey("throttle");
    const sent: Request[] = [];
    const client = createPorticoClient<ThrottlePaths>({
      baseUrl: "http://sandbox.test/sandbox/throttle",
      apiKey: keys.secretKey,
      fetch: (request) => {
        sent.push(request);
        return transport(request);
      },
      retry: noWait,
    });
    const applications = unwrap(await client.GET("/api/v1/applications", {}));
    const applicationId = applications.data[0]?.id ?? "";
    const cart = unwrap(await client.POST("/api/v1/carts", { body: { applicationId, currency: "USD" } }));
    expect(cart.data).toMatchObject({ applicationId, currency: "USD", netN: null });

    sent.length = 0;
    const outage = await client.POST("/api/v1/carts", {
      body: { applicationId, currency: "USD" },
      headers: { "X-Sandbox-Simulate": "503" },
    });
    expect(outage.response.status).toBe(503);
    expect(sent).toHaveLength(5);
    expect(new Set(sent.map((r) => r.headers.get("idempotency-key"))).size).toBe(1);
    expect(new Set(sent.map((r) => r.headers.get("x-request-id"))).size).toBe(1);
    try {
      unwrap(outage);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PorticoApiError);
      expect(error).toMatchObject({ status: 503, code: "service_unavailable" });
      expect((error as PorticoApiError).requestId).toBeTruthy();
    }
  });

  it("turns a validation failure into a typed error with the suggestion", async () => {
    const keys = await sandbox.sandboxKey("throttle");
    const client = createPorticoClient<ThrottlePaths>({
      baseUrl: "http://sandbox.test/sandbox/throttle",
      apiKey: keys.secretKey,
      fetch: transport,
    });
    const result = await client.POST("/api/v1/carts", { body: { application_id: "x", currency: "USD" } as never });
    expect(() => unwrap(result)).toThrow(PorticoApiError);
    expect((result.error as { error: { details: unknown[] } }).error.details).toContainEqual(
      expect.objectContaining({ suggestion: "applicationId" }),
    );
  });

  it("iterates both pagination styles to the end", async () => {
    const pqc = createPorticoClient<PqcPaths>({
      baseUrl: "http://sandbox.test/sandbox/pqc",
      apiKey: (await sandbox.sandboxKey("pqc")).apiKey,
      fetch: transport,
    });
    const assets = [];
    for await (const asset of itemsOfItemPages((cursor) =>
      pqc.GET("/v1/pqc/inventory", { params: { query: { limit: 100, cursor } } }),
    )) {
      assets.push(asset.id);
    }
    expect(assets.length).toBeGreaterThanOrEqual(250);
    expect(new Set(assets).size).toBe(assets.length);

    const keys = await sandbox.sandboxKey("throttle");
    const throttle = createPorticoClient<ThrottlePaths>({
      baseUrl: "http://sandbox.test/sandbox/throttle",
      apiKey: keys.secretKey,
      fetch: transport,
    });
    const customers = [];
    for await (const customer of itemsOfDataPages((cursor) =>
      throttle.GET("/api/v1/customers", { params: { query: { limit: 2, cursor } } }),
    )) {
      customers.push(customer.email);
    }
    expect(customers).toHaveLength(5);
  });
});

describe("generated types", () => {
  it.each(PRODUCT_IDS)(
    "%s types match the current OpenAPI document (run `pnpm --filter @portico/api-client generate` if not)",
    async (product) => {
      const checkedIn = readFileSync(new URL(`./generated/${product}.ts`, import.meta.url), "utf8");
      expect(checkedIn === (await generateTypes(product))).toBe(true);
    },
  );
});
