import { z } from "zod";
import {
  type ErrorCode,
  ErrorDetails,
  OmittedDetails,
  quotaText,
  SIMULATED_FAILURE_CODES,
  SIMULATED_FAILURES,
  UNAUTHORIZED_MESSAGES,
} from "../common.ts";
import { missingFieldCodes } from "../validation.ts";
import type { HeaderSpec, OperationSpec, ResponseSpec } from "./operation.ts";

const isZod = (schema: unknown): schema is z.ZodType => typeof (schema as z.ZodType)?.safeParse === "function";

const Message = z.string().min(1);

/** An error envelope whose `error.code` can only be one of `codes`, and that carries no details. */
const errorOf = (codes: readonly [string, ...string[]]) =>
  z.strictObject({ error: z.strictObject({ code: z.enum(codes), message: Message }) });

const errorExample = (code: string, message: string) => ({ error: { code, message } });

const requestId: HeaderSpec = {
  description: "Echo of the client's X-Request-Id, or a generated one; equals `meta.requestId` where the body has one",
  schema: { type: "string" },
  required: true,
};
const retryAfter = (required: boolean): HeaderSpec => ({
  description: "Seconds to wait before retrying",
  schema: { type: "integer", minimum: 1 },
  required,
});
/**
 * The IETF RateLimit headers of the per-key policy, sent once the limiter has counted the request:
 * never on a 401 or a simulated failure, and not on an idempotent replay, which carries the stored headers.
 */
const rateLimitHeaders = (required: boolean): Record<string, HeaderSpec> => ({
  RateLimit: {
    description: "What is left of the per-key limit: `r` requests for the next `t` seconds",
    schema: { type: "string" },
    example: '"per-key";r=24;t=1',
    required,
  },
  "RateLimit-Policy": {
    description: "The per-key limit: `q` requests per `w` seconds",
    schema: { type: "string" },
    example: '"per-key";q=25;w=1',
    required,
  },
});
const replayed: HeaderSpec = {
  description: "`true` when this is the stored response of an earlier request with the same Idempotency-Key",
  schema: { type: "string", enum: ["true"] },
};

/** Which `error.code` a 400 can carry for `op`: those that always come with details, and those that never do. */
export function badRequestCodes(op: OperationSpec): { detailed: string[]; plain: ErrorCode[] } {
  const writes = op.method !== "get";
  const json =
    op.requestBody !== undefined && (op.requestBody.contentType ?? "application/json") === "application/json";
  const detailed = new Set<string>();
  const plain: ErrorCode[] = [];
  // A bad X-Sandbox-Simulate, a field out of range, an unknown key or query parameter, a malformed
  // path id, an unreadable form.
  if (op.authenticated !== false || op.requestBody || op.formBody || op.query || op.pathParams) {
    detailed.add("validation_error");
  }
  for (const schema of [op.requestBody?.schema, op.formBody?.schema, op.query]) {
    if (isZod(schema)) for (const code of missingFieldCodes(schema)) detailed.add(code);
  }
  if (json) plain.push("invalid_json");
  if (writes && op.idempotent !== false) plain.push("idempotency_key_invalid");
  if (op.query && "cursor" in op.query.shape) plain.push("invalid_cursor");
  return { detailed: [...detailed], plain };
}

/** The example of a 400 `validation_error` about `field` of the query string or the path. */
const invalidParameter = (location: "Query" | "Path", field: string, code: string, message: string) => ({
  error: {
    code: "validation_error",
    message: `${location} parameter validation failed`,
    details: [{ field, code, message }],
  },
});

/** The 400 of `op`, or undefined when nothing in its request can be malformed. */
function badRequest(op: OperationSpec): ResponseSpec | undefined {
  const { detailed, plain } = badRequestCodes(op);
  const branches = [
    ...(detailed.length > 0
      ? [
          z.strictObject({
            code: z.enum(detailed as [string, ...string[]]),
            message: Message,
            details: ErrorDetails.min(1),
            omittedDetails: OmittedDetails.optional(),
          }),
        ]
      : []),
    ...(plain.length > 0 ? [z.strictObject({ code: z.enum(plain as [string, ...string[]]), message: Message })] : []),
  ];
  const [first, ...rest] = branches;
  if (!first) return undefined;
  const example =
    op.requestBody || op.formBody
      ? {
          error: {
            code: "validation_error",
            message: "Request body validation failed",
            details: [
              {
                path: "",
                code: "unrecognized_keys",
                message: "Unsupported field(s): unexpectedField",
                received: ["unexpectedField"],
              },
            ],
          },
        }
      : plain.includes("invalid_cursor")
        ? errorExample("invalid_cursor", "The cursor is not valid for this list and API key")
        : op.authenticated !== false
          ? {
              error: {
                code: "validation_error",
                message: "X-Sandbox-Simulate takes 429, 500, 502, 503 or 504",
                details: [{ field: "X-Sandbox-Simulate", code: "invalid_value", message: "Unsupported value: 418" }],
              },
            }
          : op.pathParams
            ? invalidParameter("Path", Object.keys(op.pathParams.shape)[0] ?? "", "invalid_format", "Invalid UUID")
            : invalidParameter("Query", Object.keys(op.query?.shape ?? {})[0] ?? "", "invalid_type", "Invalid input");
  return {
    description: `The request is malformed; \`error.code\` is one of ${[...detailed, ...plain].map((c) => `\`${c}\``).join(", ")}${
      detailed.length > 0 ? ` (${detailed.map((c) => `\`${c}\``).join(", ")} with \`details\`)` : ""
    }`,
    schema: z.strictObject({ error: rest.length > 0 ? z.union([first, ...rest]) : first }),
    example,
  };
}

/**
 * An error response whose `error.code` is `code`: for the statuses an operation declares itself
 * (Portico's admin's 401 and 403).
 */
export const errorResponse = (
  code: ErrorCode,
  description: string,
  message: string,
  headers?: Record<string, HeaderSpec>,
): ResponseSpec => ({
  description,
  schema: errorOf([code]),
  example: errorExample(code, message),
  ...(headers ? { headers } : {}),
});

/** The 409 of `op`: a still-running Idempotency-Key, a quota it would exceed, or either. */
function conflictResponse(op: OperationSpec, idempotent: boolean): ResponseSpec | undefined {
  const causes: { code: ErrorCode; description: string }[] = [];
  if (idempotent) {
    causes.push({
      code: "idempotency_key_in_use",
      description: "A request with this Idempotency-Key is still running",
    });
  }
  if (op.quota) {
    causes.push({
      code: "quota_exceeded",
      description: `The sandbox would hold more than its quota of ${quotaText(op.quota)}; nothing was changed`,
    });
  }
  const [first] = causes;
  if (!first) return undefined;
  return {
    description:
      causes.length === 1
        ? first.description
        : `\`error.code\` says which: ${causes.map((cause) => `\`${cause.code}\` (${cause.description})`).join(" or ")}`,
    schema: errorOf(causes.map((cause) => cause.code) as [ErrorCode, ...ErrorCode[]]),
    example: errorExample(first.code, first.description),
    ...(idempotent ? { headers: { "Retry-After": retryAfter(false) } } : {}),
  };
}

/** The error responses `op` can meet besides its own, each with the only codes it can carry. */
function errorResponses(op: OperationSpec): Record<number, ResponseSpec> {
  if (op.probe) return {};
  const writes = op.method !== "get";
  const authenticated = op.authenticated !== false;
  const idempotent = writes && op.idempotent !== false;
  const body = op.requestBody ?? op.formBody;
  const errors: Record<number, ResponseSpec> = {
    500: {
      description: "Unexpected server error: retry with bounded attempts, quote the X-Request-Id if it persists",
      schema: errorOf(["internal_error"]),
      example: errorExample("internal_error", "Something went wrong on our side"),
    },
  };
  const invalid = badRequest(op);
  if (invalid) errors[400] = invalid;
  if (authenticated || op.limit) {
    errors[429] = {
      description: authenticated
        ? "Rate limited (or `X-Sandbox-Simulate: 429`): wait for `Retry-After` seconds"
        : `${op.limit}: wait for \`Retry-After\` seconds`,
      schema: errorOf(["rate_limited"]),
      example: errorExample("rate_limited", "Rate limit of 25 requests per 1 s exceeded"),
      headers: { "Retry-After": retryAfter(true) },
    };
  }
  if (authenticated) {
    errors[401] = {
      description: "Missing, unknown or expired API key",
      schema: errorOf(["unauthorized"]),
      example: errorExample("unauthorized", UNAUTHORIZED_MESSAGES.unknown),
      headers: {
        "WWW-Authenticate": {
          description: "The Bearer challenge",
          schema: { type: "string" },
          example: 'Bearer realm="sandbox", error="invalid_token"',
          required: true,
        },
      },
    };
    for (const simulated of SIMULATED_FAILURES) {
      const status = Number(simulated);
      if (errors[status]) continue;
      errors[status] = {
        description: `Transient unavailability (sent on \`X-Sandbox-Simulate: ${simulated}\`): retry with capped exponential backoff`,
        schema: errorOf([SIMULATED_FAILURE_CODES[simulated]]),
        example: errorExample(SIMULATED_FAILURE_CODES[simulated], "Service unavailable"),
        ...(status === 503 ? { headers: { "Retry-After": retryAfter(true) } } : {}),
      };
    }
  }
  // Any operation can meet a bug or a database that is not answering, simulated or not.
  errors[500] ??= {
    description: "Something failed on the server's side: retry, and quote the X-Request-Id if it persists",
    schema: errorOf(["internal_error"]),
    example: errorExample("internal_error", "Something went wrong on our side"),
  };
  errors[503] = {
    description: authenticated
      ? "The sandbox's database is not answering, or `X-Sandbox-Simulate: 503` asked for this: nothing was changed; retry after `Retry-After` seconds"
      : "The database is not answering: nothing was changed; retry after `Retry-After` seconds",
    schema: errorOf(["service_unavailable"]),
    example: errorExample("service_unavailable", "The database is not answering; nothing was changed"),
    headers: { "Retry-After": retryAfter(true) },
  };
  if (op.permission) {
    errors[403] = {
      description: `The key may not do this: it needs ${op.permission}`,
      schema: errorOf(["forbidden"]),
      example: errorExample("forbidden", "This API key may not do this"),
    };
  }
  if (op.pathParams || op.notFound) {
    errors[404] = {
      description: op.notFound ?? "Not found in this sandbox",
      schema: errorOf(["not_found"]),
      example: errorExample("not_found", "Not found"),
      ...(idempotent ? { headers: { "Idempotent-Replayed": replayed } } : {}),
    };
  }
  if (body) {
    errors[413] = {
      description: "The body is too large",
      schema: errorOf(["payload_too_large"]),
      example: errorExample("payload_too_large", "The request body is too large"),
    };
    errors[415] = {
      description: op.formBody
        ? op.requestBody
          ? "The body is neither application/json nor a form"
          : "The body is not a form (application/x-www-form-urlencoded or multipart/form-data)"
        : `The body is not ${op.requestBody?.contentType ?? "application/json"}`,
      schema: errorOf(["unsupported_media_type"]),
      example: errorExample(
        "unsupported_media_type",
        op.requestBody ? "Send the body as application/json" : "Submit the form",
      ),
    };
  }
  const conflict = conflictResponse(op, idempotent);
  if (conflict) errors[409] = conflict;
  if (idempotent) {
    errors[422] = {
      description: "This Idempotency-Key was used with a different request",
      schema: errorOf(["idempotency_key_reused"]),
      example: errorExample("idempotency_key_reused", "This Idempotency-Key was used with a different request"),
    };
  }
  return errors;
}

/** The HTML page a refused form post gets: the reasons and the form again, refilled. */
const refusalPage = {
  contentType: "text/html",
  schema: { type: "string" },
  example: "<!DOCTYPE html><title>Your feedback was not sent · Portico</title>",
};

/**
 * Statuses whose responses never pass the per-key limiter: 401 is answered before it, and the
 * simulated 502, 503 and 504 before authentication.
 */
const BEFORE_LIMITER = new Set([401, 502, 503, 504]);

const documented = new WeakMap<OperationSpec, Record<number, ResponseSpec>>();

/**
 * Every status `op` can answer with, its exact body schema and headers: the operation's own
 * successes, then each error the sandbox's middleware and handlers can send for it. The OpenAPI
 * documents and the playground's verdicts both read this.
 */
export function documentedResponses(op: OperationSpec): Record<number, ResponseSpec> {
  const cached = documented.get(op);
  if (cached) return cached;
  const authenticated = op.authenticated !== false;
  const idempotent = op.method !== "get" && op.idempotent !== false;
  const all = { ...op.responses, ...errorResponses(op) };
  const responses = Object.fromEntries(
    Object.entries(all).map(([key, spec]) => {
      const status = Number(key);
      const success = status < 300;
      // A replayed write carries only the stored headers, so the limiter's are then absent.
      const limited = authenticated && !BEFORE_LIMITER.has(status) ? rateLimitHeaders(success && !idempotent) : {};
      // A refused form post gets a page (any media type mismatch is JSON's 415, never a form's).
      const html = op.formBody?.refusedAsHtml && status >= 400 && status !== 415 ? { otherContent: [refusalPage] } : {};
      const headers = {
        "X-Request-Id": requestId,
        ...limited,
        ...(success && idempotent ? { "Idempotent-Replayed": replayed } : {}),
        ...spec.headers,
      };
      return [status, { ...spec, ...html, headers }];
    }),
  );
  documented.set(op, responses);
  return responses;
}
