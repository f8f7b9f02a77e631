import { z } from "zod";
import {
  Cursor,
  ErrorEnvelope,
  PageLimit,
  type Quota,
  ResponseMeta,
  StoredText,
  Uuid,
  UuidV7,
  ValidationError,
} from "./common.ts";

/** Lowercase slug naming a workspace environment, as used inside key prefixes. */
export const EnvironmentSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug");

const keyBody = "[A-Za-z0-9]{16,}";

/** `sk_<environment-slug>_*`: secret key for one workspace environment. */
export const SecretKey = z
  .string()
  .regex(new RegExp(`^sk_[a-z0-9]+(?:-[a-z0-9]+)*_${keyBody}$`), "must look like sk_<environment-slug>_…");

/** `pk_<environment-slug>_*`: publishable key for one workspace environment. */
export const PublishableKey = z
  .string()
  .regex(new RegExp(`^pk_[a-z0-9]+(?:-[a-z0-9]+)*_${keyBody}$`), "must look like pk_<environment-slug>_…");

/** `whsec_*`: webhook signing secret. */
export const WebhookSecret = z.string().regex(new RegExp(`^whsec_${keyBody}$`), "must look like whsec_…");

/** ISO 4217 alphabetic currency code. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD");

const Timestamp = z.iso.datetime({ offset: true });

/** A cart line item. Amounts are integers in the currency's minor unit. */
export const LineItem = z
  .strictObject({
    id: Uuid,
    cartId: Uuid,
    externalId: z.string().min(1).max(255).nullable(),
    customerId: Uuid.nullable(),
    unitPrice: z.number().int().min(0),
    quantity: z.number().int().min(1),
  })
  .meta({ id: "LineItem" });
export type LineItem = z.infer<typeof LineItem>;

/** Body of `POST /api/v1/carts/{cartId}/line-items`. */
export const LineItemCreateRequest = z
  .strictObject({
    unitPrice: z.number().int().min(0).max(100_000_000),
    quantity: z.number().int().min(1).max(10_000),
    externalId: StoredText().min(1).max(255).optional(),
    customerId: Uuid.optional(),
  })
  .meta({ id: "LineItemCreateRequest" });
export type LineItemCreateRequest = z.infer<typeof LineItemCreateRequest>;

export const Application = z
  .strictObject({
    id: Uuid,
    workspaceId: Uuid,
    name: z.string().min(1),
    createdAt: Timestamp,
  })
  .meta({ id: "Application" });
export type Application = z.infer<typeof Application>;

export const Customer = z
  .strictObject({
    id: Uuid,
    workspaceId: Uuid,
    email: z.email(),
    name: z.string().min(1),
    externalId: z.string().min(1).max(255).nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: "Customer" });
export type Customer = z.infer<typeof Customer>;

/** Body of `POST /api/v1/customers`. */
export const CustomerCreateRequest = z
  .strictObject({
    email: z.email(),
    name: StoredText().trim().min(1).max(200),
    externalId: StoredText().min(1).max(255).optional(),
  })
  .meta({ id: "CustomerCreateRequest" });
export type CustomerCreateRequest = z.infer<typeof CustomerCreateRequest>;

/** `?limit` and `?cursor` of every Throttle list. */
export const ListQuery = z.strictObject({ limit: PageLimit.optional(), cursor: Cursor.optional() });

/** Body of `POST /api/v1/carts`. Unknown keys, snake_case aliases included, are rejected. */
export const CartCreateRequest = z
  .strictObject({
    applicationId: Uuid,
    currency: Currency,
  })
  .meta({ id: "CartCreateRequest" });
export type CartCreateRequest = z.infer<typeof CartCreateRequest>;

export const Cart = z
  .strictObject({
    id: Uuid,
    workspaceId: Uuid,
    applicationId: Uuid,
    currency: Currency,
    /** Net total in minor units once priced; `null` while the cart has not been priced. */
    netN: z.number().int().nullable(),
    lineItems: z.array(LineItem),
  })
  .meta({ id: "Cart" });
export type Cart = z.infer<typeof Cart>;

/** Builds the single-resource envelope `{data, meta: {requestId}}`. */
export function dataResponse<T extends z.ZodType>(item: T) {
  return z.strictObject({ data: item, meta: ResponseMeta });
}

export const CartResponse = dataResponse(Cart);
export const ApplicationResponse = dataResponse(Application);
export const CustomerResponse = dataResponse(Customer);
export const LineItemResponse = dataResponse(LineItem);

/** `meta.pagination` of every Throttle list: `cursor` is null exactly when `hasMore` is false. */
export const Pagination = z
  .strictObject({
    cursor: z.string().min(1).nullable(),
    hasMore: z.boolean(),
    limit: z.number().int().min(1).max(100),
  })
  .refine((p) => (p.cursor === null) === !p.hasMore, {
    message: "cursor must be null exactly when hasMore is false",
    path: ["cursor"],
  })
  .meta({ id: "Pagination" });

/** Builds the list envelope `{data, meta: {pagination}}` around an item schema. */
export function listResponse<T extends z.ZodType>(item: T) {
  return z.strictObject({
    data: z.array(item),
    meta: z.strictObject({ pagination: Pagination }),
  });
}

/** The list envelope as the conventions page shows it, for any resource. */
export const ListResponse = listResponse(z.unknown());
export const CartListResponse = listResponse(Cart);
export const ApplicationListResponse = listResponse(Application);
export const CustomerListResponse = listResponse(Customer);
export const LineItemListResponse = listResponse(LineItem);

/** What `POST /sandbox/keys` answers for a Throttle sandbox: the workspace and its two keys. */
export const ThrottleSandboxKey = z
  .strictObject({
    workspaceId: UuidV7,
    environment: EnvironmentSlug,
    secretKey: SecretKey,
    publishableKey: PublishableKey,
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ThrottleSandboxKey" });

/** Schemas addressable from `schema="throttle.<Name>"` in content examples. */
export const schemas = {
  CartCreateRequest,
  CartResponse,
  CartListResponse,
  ApplicationResponse,
  ApplicationListResponse,
  CustomerCreateRequest,
  CustomerResponse,
  CustomerListResponse,
  LineItemCreateRequest,
  LineItemResponse,
  LineItemListResponse,
  ListQuery,
  ListResponse,
  ErrorEnvelope,
  ValidationError,
  SecretKey,
  PublishableKey,
  WebhookSecret,
} satisfies Record<string, z.ZodType>;

/** The route whose query each query schema describes (request-line examples are checked against it). */
export const queryRoutes: Partial<Record<keyof typeof schemas, string>> = {
  ListQuery: "GET /api/v1/carts",
};

/**
 * What one workspace may store. Line items count per cart, since a cart's answer embeds all its
 * items and its total sums them: the per-cart limit bounds that body, and with the cart limit it
 * bounds the workspace's items too (50,000).
 */
export const QUOTAS = {
  customers: { name: "customers", resource: "customers", limit: 500 },
  carts: { name: "carts", resource: "carts", limit: 500 },
  lineItemsPerCart: { name: "lineItemsPerCart", resource: "line items per cart", limit: 100 },
} as const satisfies Record<string, Quota>;
