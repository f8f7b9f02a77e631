import { z } from "zod";
import {
  atLeastOneProperty,
  Cursor,
  ErrorEnvelope,
  IdempotencyKey,
  PageLimit,
  type Quota,
  RequestId,
  StoredText,
  Uuid,
  UuidV7,
} from "./common.ts";

/** Query of `GET /v1/pqc/inventory`. Unknown parameters are rejected so typos surface. */
export const InventoryListQuery = z.strictObject({
  limit: PageLimit.optional(),
  cursor: Cursor.optional(),
});
export type InventoryListQuery = z.infer<typeof InventoryListQuery>;

export const MIGRATION_STATUSES = ["not_started", "planned", "in_progress", "migrated", "exempt"] as const;

/** One cryptographic asset found in the tenant's estate. */
export const InventoryAsset = z
  .strictObject({
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
  })
  .meta({ id: "InventoryAsset" });
export type InventoryAsset = z.infer<typeof InventoryAsset>;

/** Builds `{items, nextCursor, hasMore}`: `nextCursor` is null exactly when `hasMore` is false. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z
    .strictObject({ items: z.array(item), nextCursor: Cursor.nullable(), hasMore: z.boolean() })
    .refine((page) => (page.nextCursor === null) === !page.hasMore, {
      message: "nextCursor must be null exactly when hasMore is false",
      path: ["nextCursor"],
    });
}

export const InventoryListResponse = pageOf(InventoryAsset);
export type InventoryListResponse = z.infer<typeof InventoryListResponse>;

/** What a tenant API key may do: read inventory, change it, export reports. */
export const SCOPES = ["read", "write", "reports"] as const;
export const Scope = z.enum(SCOPES);

/** Body of `POST /v1/pqc/inventory`; `quantumVulnerable` is derived from the algorithm when left out. */
export const AssetCreateRequest = z
  .strictObject({
    hostname: StoredText().trim().min(1).max(253),
    system: StoredText().trim().min(1).max(200),
    protocol: StoredText().trim().min(1).max(40),
    algorithm: StoredText().trim().min(1).max(60),
    keySize: z.number().int().positive().max(65_536),
    quantumVulnerable: z.boolean().optional(),
    migrationStatus: z.enum(MIGRATION_STATUSES).optional(),
  })
  .meta({ id: "AssetCreateRequest" });
export type AssetCreateRequest = z.infer<typeof AssetCreateRequest>;

/** Body of `PATCH /v1/pqc/inventory/{assetId}`: any of the create fields, at least one. */
export const AssetUpdateRequest = atLeastOneProperty(AssetCreateRequest.partial(), "send at least one field to change");
export type AssetUpdateRequest = z.infer<typeof AssetUpdateRequest>;

export const AUDIT_ACTIONS = ["asset.created", "asset.updated", "assets.imported"] as const;

/** One mutation, with the request id the client sent or was given. */
export const AuditEvent = z
  .strictObject({
    id: Uuid,
    action: z.enum(AUDIT_ACTIONS),
    resourceId: Uuid.nullable(),
    requestId: RequestId,
    apiKeyId: Uuid,
    occurredAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "AuditEvent" });
export const AuditEventListResponse = pageOf(AuditEvent);

/** Result of `POST /v1/pqc/inventory/imports`. */
export const ImportResponse = z
  .strictObject({ imported: z.number().int().min(0), requestId: RequestId })
  .meta({ id: "ImportResponse" });

/** Query of `GET /v1/pqc/reports/inventory`. */
export const ReportQuery = z.strictObject({ format: z.literal("csv") });

/** Request headers every PQC call sends, as the header table documents them. */
export const RequestHeaders = z.object({
  authorization: z.string().regex(/^Bearer \S+$/, "must be `Bearer <api_key>`"),
  "idempotency-key": IdempotencyKey.optional(),
  "x-request-id": RequestId.optional(),
  "content-type": z.string().regex(/^(application\/json|multipart\/form-data)\b/i),
});

/** A tenant API key of the PQC sandbox. */
export const PqcApiKey = z.string().regex(/^pqc_[A-Za-z0-9]{32}$/, "must look like pqc_…");

/** What `POST /sandbox/keys` answers for a PQC sandbox: the tenant and its all-scopes key. */
export const PqcSandboxKey = z
  .strictObject({
    tenantId: UuidV7,
    apiKey: PqcApiKey,
    scopes: z.array(Scope).min(1),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PqcSandboxKey" });

/** Schemas addressable from `schema="pqc.<Name>"` in content examples. */
export const schemas = {
  InventoryListQuery,
  InventoryListResponse,
  InventoryAsset,
  AssetCreateRequest,
  AssetUpdateRequest,
  AuditEventListResponse,
  ImportResponse,
  ReportQuery,
  RequestHeaders,
  ErrorEnvelope,
} satisfies Record<string, z.ZodType>;

/** The route whose query each query schema describes (request-line examples are checked against it). */
export const queryRoutes: Partial<Record<keyof typeof schemas, string>> = {
  InventoryListQuery: "GET /v1/pqc/inventory",
  ReportQuery: "GET /v1/pqc/reports/inventory",
};

/**
 * What one tenant may store. Well above a one-file import (5,000 rows) plus the 260 seeded
 * assets, so a reader following the docs never meets it; a CSV import counts its rows against it.
 */
export const QUOTAS = {
  assets: { name: "assets", resource: "assets", limit: 10_000 },
} as const satisfies Record<string, Quota>;
