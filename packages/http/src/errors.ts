import type { ErrorCode, ErrorDetail, ErrorEnvelope } from "@portico/schemas/common";

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

  toEnvelope(): ErrorEnvelope {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found`);

/** `row`, or a 404 naming `what` when the lookup found nothing. */
export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(what);
  return row;
}
