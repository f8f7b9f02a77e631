import { describe, expect, it } from "vitest";
import { ErrorEnvelope, IdempotencyKey, UuidV7, ValidationError } from "./common.ts";
import { VsCodeConfig } from "./mcp-clients.ts";
import { InventoryListQuery, InventoryListResponse } from "./pqc.ts";
import { PRODUCT_IDS, PRODUCTS } from "./products.ts";
import { schemaRegistry } from "./registry.ts";
import { CartCreateRequest, ListResponse, PublishableKey, SecretKey, WebhookSecret } from "./throttle.ts";

describe("identifiers and keys", () => {
  it("UuidV7 accepts version 7 and refuses other versions", () => {
    expect(UuidV7.safeParse("01890a5d-ac96-774b-bcce-b302099a8057").success).toBe(true);
    expect(UuidV7.safeParse("e7efb0a6-892e-46b2-97ab-296bb04c5b29").success).toBe(false);
    expect(UuidV7.safeParse("01890a5d-ac96-774b-bcce").success).toBe(false);
  });

  it("key prefixes encode type and environment slug", () => {
    expect(SecretKey.safeParse("sk_production_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(true);
    expect(SecretKey.safeParse("sk_staging-eu_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(true);
    expect(SecretKey.safeParse("pk_production_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(false);
    expect(SecretKey.safeParse("sk_Production_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(false);
    expect(PublishableKey.safeParse("pk_sandbox_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(true);
    expect(WebhookSecret.safeParse("whsec_4eC39HqLyjWDarjtT1zdp7dc").success).toBe(true);
    expect(WebhookSecret.safeParse("whsec_").success).toBe(false);
  });

  it("Idempotency-Key is 1 to 255 printable characters", () => {
    expect(IdempotencyKey.safeParse("a").success).toBe(true);
    expect(IdempotencyKey.safeParse("").success).toBe(false);
    expect(IdempotencyKey.safeParse("x".repeat(256)).success).toBe(false);
    expect(IdempotencyKey.safeParse("a\nb").success).toBe(false);
  });
});

describe("envelopes", () => {
  it("cart requests refuse unknown keys such as snake_case aliases", () => {
    const result = CartCreateRequest.safeParse({
      application_id: "e7efb0a6-892e-46b2-97ab-296bb04c5b29",
      applicationId: "e7efb0a6-892e-46b2-97ab-296bb04c5b29",
      currency: "USD",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["application_id"] });
  });

  it("Throttle pagination: cursor is null exactly when hasMore is false", () => {
    const page = (cursor: string | null, hasMore: boolean) => ({
      data: [],
      meta: { pagination: { cursor, hasMore, limit: 25 } },
    });
    expect(ListResponse.safeParse(page(null, false)).success).toBe(true);
    expect(ListResponse.safeParse(page("abc", true)).success).toBe(true);
    expect(ListResponse.safeParse(page(null, true)).success).toBe(false);
    expect(ListResponse.safeParse(page("abc", false)).success).toBe(false);
  });

  it("PQC pagination: nextCursor is null exactly when hasMore is false", () => {
    expect(InventoryListResponse.safeParse({ items: [], nextCursor: null, hasMore: false }).success).toBe(true);
    expect(InventoryListResponse.safeParse({ items: [], nextCursor: null, hasMore: true }).success).toBe(false);
  });

  it("PQC list query accepts limit 1 to 100 from the query string", () => {
    expect(InventoryListQuery.parse({ limit: "100" })).toEqual({ limit: 100 });
    expect(InventoryListQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(InventoryListQuery.safeParse({ limit: "101" }).success).toBe(false);
    expect(InventoryListQuery.safeParse({ limit: "ten" }).success).toBe(false);
  });

  it("error envelope details are field-level or path-level, and the code is snake_case", () => {
    const detail = { path: "", code: "unrecognized_keys", message: "m", received: ["x"], suggestion: "y" };
    expect(
      ValidationError.safeParse({ error: { code: "validation_error", message: "m", details: [detail] } }).success,
    ).toBe(true);
    expect(ValidationError.safeParse({ error: { code: "validation_error", message: "m", details: [] } }).success).toBe(
      false,
    );
    expect(ErrorEnvelope.safeParse({ error: { code: "Bad Code", message: "m" } }).success).toBe(false);
    expect(ErrorEnvelope.safeParse({ error: { code: "not_found", message: "m", stack: "…" } }).success).toBe(false);
  });

  it("the registry names every product schema as <product>.<Name>", () => {
    expect(schemaRegistry.get("throttle.CartResponse")).toBeDefined();
    expect(schemaRegistry.get("pqc.InventoryListQuery")).toBe(InventoryListQuery);
    expect(schemaRegistry.get("mcp.VsCodeConfig")).toBe(VsCodeConfig);
    const groups = [...PRODUCT_IDS, "portico", "feedback", "mcp"].join("|");
    const misnamed = [...schemaRegistry.keys()].filter((name) => !new RegExp(`^(${groups})\\.[A-Z]\\w+$`).test(name));
    expect(misnamed).toEqual([]);
    for (const product of PRODUCTS) {
      for (const [name, schema] of Object.entries(product.schemas)) {
        expect(schemaRegistry.get(`${product.id}.${name}`), `${product.id}.${name}`).toBe(schema);
      }
    }
  });
});
