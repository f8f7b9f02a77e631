import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorEnvelope, Uuid } from "./common.ts";
import { CartCreateRequest, LineItemCreateRequest } from "./throttle.ts";
import {
  FIELD_ALIASES,
  type InputLocation,
  missingFieldCodes,
  suggestField,
  validationErrorEnvelope,
} from "./validation.ts";

const fail = (schema: z.ZodType, input: unknown, location?: InputLocation) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return validationErrorEnvelope(schema, input, result.error, location);
};

describe("validationErrorEnvelope", () => {
  it("names the canonical field for a snake_case key", () => {
    const envelope = fail(CartCreateRequest, {
      application_id: "e7efb0a6-892e-46b2-97ab-296bb04c5b29",
      applicationId: "e7efb0a6-892e-46b2-97ab-296bb04c5b29",
      currency: "USD",
    });
    expect(envelope).toEqual({
      error: {
        code: "validation_error",
        message: "Request body validation failed",
        details: [
          {
            path: "",
            code: "unrecognized_keys",
            message: "Unsupported field(s): application_id",
            received: ["application_id"],
            suggestion: "applicationId",
          },
        ],
      },
    });
  });

  it("names where the input was: the body by default, else the query string or the path", () => {
    const query = z.strictObject({ limit: z.coerce.number().optional() });
    expect(fail(query, { _: "1" }).error.message).toBe("Request body validation failed");
    expect(fail(query, { _: "1" }, "body").error.message).toBe("Request body validation failed");
    expect(fail(query, { _: "1" }, "query").error.message).toBe("Query parameter validation failed");
    expect(fail(z.object({ assetId: Uuid }), { assetId: "nope" }, "path").error).toEqual({
      code: "validation_error",
      message: "Path parameter validation failed",
      details: [expect.objectContaining({ field: "assetId", code: "invalid_format" })],
    });
  });

  it("gives a missing required field its own code and a required detail", () => {
    expect(fail(CartCreateRequest, { currency: "USD" })).toEqual({
      error: {
        code: "missing_application_id",
        message: "applicationId is required",
        details: [{ field: "applicationId", code: "required", message: "Required" }],
      },
    });
  });

  it("gives a missing enum, literal or union field its own code too, as any absent required field", () => {
    const schema = z.strictObject({
      product: z.enum(["pqc", "throttle"]),
      format: z.literal("csv"),
      owner: z.union([Uuid, z.literal("me")]),
    });
    for (const field of ["product", "format", "owner"]) {
      const input: Record<string, unknown> = { product: "pqc", format: "csv", owner: "me" };
      delete input[field];
      expect(fail(schema, input)).toEqual({
        error: {
          code: `missing_${field}`,
          message: `${field} is required`,
          details: [{ field, code: "required", message: "Required" }],
        },
      });
    }
    expect(missingFieldCodes(schema).sort()).toEqual(["missing_format", "missing_owner", "missing_product"]);
  });

  it("keeps validation_error for an enum or literal field that is present but wrong", () => {
    const schema = z.strictObject({ product: z.enum(["pqc"]), format: z.literal("csv") });
    expect(fail(schema, { product: "nope", format: "csv" }).error).toMatchObject({
      code: "validation_error",
      details: [{ field: "product", code: "invalid_value" }],
    });
    expect(fail(schema, { product: "pqc", format: null }).error.code).toBe("validation_error");
  });

  it("reports several problems together under validation_error", () => {
    const envelope = fail(LineItemCreateRequest, { qty: 2, unitPrice: -1 });
    expect(envelope.error.code).toBe("validation_error");
    expect(envelope.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "unrecognized_keys", received: ["qty"], suggestion: "quantity" }),
        expect.objectContaining({ field: "quantity", code: "required" }),
        expect.objectContaining({ field: "unitPrice", code: "too_small" }),
      ]),
    );
  });

  it("never throws and always yields a valid envelope, whatever JSON arrives", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = CartCreateRequest.safeParse(input);
        if (result.success) return;
        expect(ErrorEnvelope.safeParse(validationErrorEnvelope(CartCreateRequest, input, result.error)).success).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("suggestField", () => {
  const known = ["applicationId", "customerId", "lineItems", "unitPrice", "externalId", "quantity", "currency"];

  it("maps every snake_case spelling of a canonical field back to it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...known), (field) => {
        const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        fc.pre(snake !== field);
        expect(suggestField(snake, known)).toBe(field);
      }),
    );
  });

  it("maps the documented store aliases", () => {
    for (const [alias, canonical] of Object.entries(FIELD_ALIASES)) {
      if (known.includes(canonical)) expect(suggestField(alias, known), alias).toBe(canonical);
    }
  });

  it("suggests nothing for a key unlike any field, and never the key itself", () => {
    expect(suggestField("unexpectedField", known)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(suggestField(key, known)).not.toBe(key);
      }),
    );
  });
});
