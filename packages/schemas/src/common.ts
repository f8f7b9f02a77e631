import { z } from "zod";

/**
 * Stable, machine-readable error codes shared by the schemas, the sandbox, the docs and the
 * client. `error.code` is the contract; messages may change, these strings may not.
 */
export const ERROR_CODES = [
  "validation_error",
  "missing_application_id",
  "invalid_json",
  "invalid_cursor",
  "unauthorized",
  "forbidden",
  "not_found",
  "rate_limited",
  "idempotency_key_invalid",
  "idempotency_key_reused",
  "idempotency_key_in_use",
  "quota_exceeded",
  "payload_too_large",
  "unsupported_media_type",
  "method_not_allowed",
  "internal_error",
  "service_unavailable",
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * A limit on what one sandbox may store. Exceeding it answers 409 `quota_exceeded`; the sandbox
 * enforces `limit`, and the OpenAPI documents state it, from the same object.
 */
export interface Quota {
  /** The key a test sandbox's `quotas` option overrides it by. */
  name: string;
  /** What is counted, as messages and docs say it: "assets", "line items per cart". */
  resource: string;
  limit: number;
}

/** A quota as the docs and the sandbox's messages say it: "10,000 assets", "100 line items per cart". */
export const quotaText = (quota: Pick<Quota, "limit" | "resource">) =>
  `${quota.limit.toLocaleString("en-US")} ${quota.resource}`;

/** `missing_<field>`: the code of a request that lacks exactly one required field. */
export const MissingFieldCode = z.string().regex(/^missing_[a-z][a-z0-9_]*$/, "must be missing_<field>");

/**
 * Any RFC 9562 UUID in its canonical lowercase-or-uppercase hex form.
 * Wire fields that carry ids accept every version because the conventions page's own examples
 * show version-4 ids; ids Portico mints are checked against {@link UuidV7}.
 */
export const Uuid = z.uuid();

/**
 * `schema`, refusing an object with no properties: the refinement the server runs and the
 * `minProperties: 1` the OpenAPI document shows, stated once so they cannot drift apart.
 */
export const atLeastOneProperty = <T extends z.ZodObject>(schema: T, message: string) =>
  schema.refine((value) => Object.keys(value).length > 0, { message }).meta({ minProperties: 1 });

/**
 * A string a client sends to be stored: any text but the NUL character, which PostgreSQL's `text`
 * cannot hold (a NUL reached the database as a 500 on that engine, while SQLite stored it).
 */
export const StoredText = () =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is exactly what this refuses.
  z.string().regex(/^[^\x00]*$/, "must not contain the NUL character (U+0000)");

/** A UUID version 7 (time-ordered), the form every id minted by Portico takes. */
export const UuidV7 = z.uuid({ version: "v7" });

/** Correlation id sent as `X-Request-Id` and echoed as `meta.requestId`: printable ASCII, 1–128 characters. */
export const RequestId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces");

/** `Idempotency-Key`: 1–255 printable characters, no control characters. */
export const IdempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x20-\x7e]+$/, "must contain printable ASCII only");

/** A field-level detail naming a missing or invalid field (`{field, code, message}`). */
export const FieldErrorDetail = z
  .strictObject({
    field: z.string(),
    code: z.string().min(1),
    message: z.string().min(1),
  })
  .meta({ id: "FieldErrorDetail" });

/**
 * A detail about a location in the body (`path` is a dot path, `""` for the root), such as
 * unrecognized keys, with the canonical camelCase field when the server can tell it.
 */
export const PathErrorDetail = z
  .strictObject({
    path: z.string(),
    code: z.string().min(1),
    message: z.string().min(1),
    received: z.array(z.string()).optional(),
    suggestion: z.string().optional(),
  })
  .meta({ id: "PathErrorDetail" });

export const ErrorDetail = z.union([FieldErrorDetail, PathErrorDetail]);
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The most `details` one error carries, so an answer stays small however bad the request was. */
export const MAX_ERROR_DETAILS = 50;

/** `error.details` of an envelope: at most {@link MAX_ERROR_DETAILS}, the rest counted in `omittedDetails`. */
export const ErrorDetails = z.array(ErrorDetail).max(MAX_ERROR_DETAILS);

/** `error.omittedDetails`: how many details past the first {@link MAX_ERROR_DETAILS} were left out. */
export const OmittedDetails = z
  .number()
  .int()
  .min(1)
  .meta({ description: `How many details were left out: an error carries at most ${MAX_ERROR_DETAILS}` });

/** The envelope every non-2xx response carries: `{error: {code, message, details?, omittedDetails?}}`. */
export const ErrorEnvelope = z
  .strictObject({
    error: z.strictObject({
      code: z.union([ErrorCode, MissingFieldCode]),
      message: z.string().min(1),
      details: ErrorDetails.optional(),
      omittedDetails: OmittedDetails.optional(),
    }),
  })
  .meta({ id: "ErrorEnvelope" });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** A body validation failure: code `validation_error`, with at least one detail. */
export const ValidationError = z
  .strictObject({
    error: z.strictObject({
      code: z.literal("validation_error"),
      message: z.string().min(1),
      details: ErrorDetails.min(1),
      omittedDetails: OmittedDetails.optional(),
    }),
  })
  .meta({ id: "ValidationError" });
export type ValidationError = z.infer<typeof ValidationError>;

/** Opaque pagination cursor as it travels in `?cursor=`: URL-safe or standard base64 text. */
export const Cursor = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^[A-Za-z0-9_\-+/=.]+$/, "must be an opaque base64 token");

/** Page size accepted by every list endpoint. */
export const PageLimit = z.coerce.number().int().min(1).max(100);

/**
 * The failures `X-Sandbox-Simulate` asks the sandbox for: the retryable statuses of the
 * conventions' retry table. The sandbox, the OpenAPI documents and the playground use this list.
 */
export const SIMULATED_FAILURES = ["429", "500", "502", "503", "504"] as const;
export type SimulatedFailure = (typeof SIMULATED_FAILURES)[number];

/** The error code each simulated failure answers with: the sandbox sends it, the documents declare it. */
export const SIMULATED_FAILURE_CODES = {
  "429": "rate_limited",
  "500": "internal_error",
  "502": "service_unavailable",
  "503": "service_unavailable",
  "504": "service_unavailable",
} as const satisfies Record<SimulatedFailure, ErrorCode>;

/** How to get a sandbox key: every `401` of the sandbox ends with it, so a reader without one is never stuck. */
export const GET_A_SANDBOX_KEY = "Get a sandbox key with POST /sandbox/keys or from the playground at /playground";

/** The messages of the sandbox's two `401 unauthorized` answers; the documents show the second. */
export const UNAUTHORIZED_MESSAGES = {
  missing: `Send your sandbox API key as \`Authorization: Bearer <key>\`. ${GET_A_SANDBOX_KEY}`,
  unknown: `The API key is unknown or its sandbox has expired. ${GET_A_SANDBOX_KEY}`,
} as const;

/** `meta` of a single-resource success response. */
export const ResponseMeta = z.strictObject({ requestId: RequestId });
