import { z } from "zod";
import { ErrorEnvelope, ResponseMeta } from "./common.ts";
import { PRODUCT_IDS, PRODUCTS, type ProductId } from "./products.ts";

/** Body of `POST /sandbox/keys`: which product's sandbox to create. */
export const SandboxKeyRequest = z
  .strictObject({ product: z.enum(PRODUCT_IDS as [ProductId, ...ProductId[]]) })
  .meta({ id: "SandboxKeyRequest" });

/** The new sandbox's ids and keys, in the shape its product declares. */
export const SandboxKeyResponse = z
  .strictObject({
    data: z.union(PRODUCTS.map((product) => product.sandboxKey.schema) as [z.ZodObject, ...z.ZodObject[]]),
    meta: ResponseMeta,
  })
  .meta({ id: "SandboxKeyResponse" });

/** Schemas of Portico's own APIs, addressable as `portico.<Name>`. */
export const schemas = {
  SandboxKeyRequest,
  SandboxKeyResponse,
  ErrorEnvelope,
} satisfies Record<string, z.ZodType>;
