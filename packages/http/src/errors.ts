import { type ErrorCode, type ErrorDetail, type ErrorEnvelope, MAX_ERROR_DETAILS } from "@portico/schemas/common";
import { isStoreUnavailable } from "@portico/store/unavailable";

/** A failure with a stable code, rendered as the documented envelope by the app's error handler. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | `missing_${string}`,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  static fromEnvelope(status: number, envelope: ErrorEnvelope): ApiError {
    const { code, message, details } = envelope.error;
    return new ApiError(status, code as ErrorCode, message, details);
  }

  /** The documented envelope: the first {@link MAX_ERROR_DETAILS} details, and how many more there were. */
  toEnvelope(): ErrorEnvelope {
    const { code, message, details } = this;
    if (details === undefined) return { error: { code, message } };
    const omitted = details.length - MAX_ERROR_DETAILS;
    return {
      error: {
        code,
        message,
        details: details.slice(0, MAX_ERROR_DETAILS),
        ...(omitted > 0 ? { omittedDetails: omitted } : {}),
      },
    };
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found`);

/** `row`, or a 404 naming `what` when the lookup found nothing. */
export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}

/** Seconds a client is asked to wait when the database is not answering. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** The 503 for a database that cannot be reached now: retryable, with `Retry-After`. */
export const storeUnavailable = () =>
  new ApiError(
    503,
    "service_unavailable",
    "The database is not answering; nothing was changed. Retry after the seconds in Retry-After",
    undefined,
    { "Retry-After": String(STORE_RETRY_AFTER_SECONDS) },
  );

/** `error` as the documented failure it stands for, when it is one a client can act on. */
export function knownFailure(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (isStoreUnavailable(error)) return storeUnavailable();
  return undefined;
}
