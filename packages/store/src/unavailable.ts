/**
 * Whether `error` says the database cannot be reached or cannot answer now, as opposed to a
 * query that is wrong: a refused, reset or timed-out connection, PostgreSQL shutting down or out
 * of connections, a SQLite file that cannot be opened, read or written, or a lock held too long.
 * Callers answer these with a 503 the client can retry, never a 500.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof StoreUnavailableError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code)) return true;
    // PostgreSQL SQLSTATE: class 08 is "connection exception"; 57P01–57P03 a server shutting
    // down or starting; 53300 too many connections; 57014 a statement cancelled by its timeout.
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === "53300" || code === "57014") return true;
    if (/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|FULL)/.test(code)) return true;
  }
  // node-postgres reports a dropped or timed-out connection as a plain Error with no code.
  return /Connection terminated|connection timeout|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
]);

/** The store could not be opened or is not answering; the message names what and where. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}
