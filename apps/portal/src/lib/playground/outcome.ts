import { checkResponse, type OperationSpec, type Verdict } from "./operations.ts";
import type { Attempt, Sent } from "./send-recorded.ts";

/** What the response panel shows of one request. */
export interface Outcome {
  /** 0 when no answer came. */
  status: number;
  ms: number;
  headers: [string, string][];
  /** The body, pretty-printed when it is JSON; an attachment's first 2,000 bytes. */
  text: string;
  verdict?: Verdict;
  /** An attachment as an object URL, which its owner revokes when it is replaced. */
  download?: { url: string; filename: string };
  attempts: Attempt[];
}

/** An attachment's name from `Content-Disposition`, or "download". */
export const attachmentName = (disposition: string) => /filename="?([^"]+)"?/.exec(disposition)?.[1] ?? "download";

/**
 * Reads a response into an outcome: an attachment becomes a download, JSON is pretty-printed and
 * judged against the schema documented for its status, anything else is shown as it came.
 */
export async function outcomeOf(
  op: OperationSpec,
  { response, attempts, ms }: { response: Response; attempts: Attempt[]; ms: number },
  createObjectURL: (blob: Blob) => string = (blob) => URL.createObjectURL(blob),
): Promise<Outcome> {
  const headers = [...response.headers.entries()];
  const disposition = response.headers.get("content-disposition");
  if (disposition?.startsWith("attachment")) {
    const blob = await response.blob();
    return {
      status: response.status,
      ms,
      headers,
      text: await blob.slice(0, 2000).text(),
      download: { url: createObjectURL(blob), filename: attachmentName(disposition) },
      attempts,
    };
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return {
    status: response.status,
    ms,
    headers,
    text: parsed === undefined ? text : JSON.stringify(parsed, null, 2),
    verdict: parsed === undefined ? undefined : checkResponse(op, response.status, parsed),
    attempts,
  };
}

/** The outcome of a request that got no answer. */
export const failedOutcome = ({ error, attempts, ms }: Extract<Sent, { error: Error }>): Outcome => ({
  status: 0,
  ms,
  headers: [],
  text: `The request could not be sent: ${error.message}`,
  attempts,
});

/** An answer shown as it came, without timing or verdict (the key request's refusal). */
export const plainOutcome = (status: number, body: unknown): Outcome => ({
  status,
  ms: 0,
  headers: [],
  text: JSON.stringify(body, null, 2),
  attempts: [],
});

/**
 * A duration for people: milliseconds under a second, else seconds to two decimals; a no-break
 * space keeps the number with its unit when a phone wraps the line.
 */
const duration = (ms: number) => (ms < 1_000 ? `${ms}\u00a0ms` : `${Number((ms / 1_000).toFixed(2))}\u00a0s`);

/** One attempt as the attempts list shows it: its status and time, and the wait before the next. */
export function attemptLine({ attempt, status, ms, wait, waitedMs }: Attempt): string {
  const head = `Attempt ${attempt}: ${status === "sending" ? "sending…" : `${status} in ${duration(ms)}`}`;
  if (!wait) return head;
  const [low, high] = wait.backoffMs;
  const backoff = low === high ? duration(low) : `${duration(low)}–${duration(high)}`;
  const planned = `${wait.retryAfterMs ? `${duration(wait.retryAfterMs)} (Retry-After) + ` : ""}${backoff} backoff`;
  return waitedMs === undefined
    ? `${head} · waiting ${planned} before attempt ${attempt + 1}…`
    : `${head} · waited ${duration(waitedMs)} (${planned})`;
}
