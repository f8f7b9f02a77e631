import { z } from "zod";
import { Cursor, ErrorEnvelope, IdempotencyKey, PageLimit, RequestId, Uuid } from "./common.ts";

/** Query of `GET /v1/pqc/inventory`. Unknown parameters are rejected so typos surface. */
export const InventoryListQuery = z.strictObject({
  limit: PageLimit.optional(),
  cursor: Cursor.optional(),
});
export type InventoryListQuery = z.infer<typeof InventoryListQuery>;

export const MIGRATION_STATUSES = ["not_started", "planned", "in_progress", "migrated", "exempt"] as const;

/** One cryptographic asset found in the tenant's estate. */
export const InventoryAsset = z.strictObject({
  id: Uuid,
  hostname: z.string().min(1).max(253),
  system: z.string().min(1).max(200),
  protocol: z.string().min(1).max(40),
  algorithm: z.string().min(1).max(60),
  keySize: z.number().int().positive(),
  quantumVulnerable: z.boolean(),
  migrationStatus: z.enum(MIGRATION_STATUSES),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type InventoryAsset = z.infer<typeof InventoryAsset>;

/** `{items, nextCursor, hasMore}`: `nextCursor` is null exactly when `hasMore` is false. */
export const InventoryListResponse = z
  .strictObject({
    items: z.array(InventoryAsset),
    nextCursor: Cursor.nullable(),
    hasMore: z.boolean(),
  })
  .refine((page) => (page.nextCursor === null) === !page.hasMore, {
    message: "nextCursor must be null exactly when hasMore is false",
  });
export type InventoryListResponse = z.infer<typeof InventoryListResponse>;

/** Request headers every PQC call sends, as the header table documents them. */
export const RequestHeaders = z.object({
  authorization: z.string().regex(/^Bearer \S+$/, "must be `Bearer <api_key>`"),
  "idempotency-key": IdempotencyKey.optional(),
  "x-request-id": RequestId.optional(),
  "content-type": z.string().regex(/^(application\/json|multipart\/form-data)\b/i),
});

/** Schemas addressable from `schema="pqc.<Name>"` in content examples. */
export const schemas = {
  InventoryListQuery,
  InventoryListResponse,
  InventoryAsset,
  RequestHeaders,
  ErrorEnvelope,
} satisfies Record<string, z.ZodType>;
