import {
  createConventionsFetch,
  DEFAULT_RETRY_POLICY,
  MAX_RETRY_AFTER_MS,
  type RetryPolicy,
} from "@portico/api-client";

/** One try on the wire: its status ("sending" while in flight, "network" when no answer came). */
export interface Attempt {
  attempt: number;
  status: number | "network" | "sending";
  ms: number;
  /** When another attempt follows: the server's `Retry-After` honoured first, then the backoff's range. */
  wait?: { retryAfterMs?: number; backoffMs: [number, number] };
  /** How long the wait before the next attempt actually took, once that attempt began. */
  waitedMs?: number;
}

/** A request's end: the response, or the error that stopped it, with every attempt made. */
export type Sent =
  | { response: Response; attempts: Attempt[]; ms: number }
  | { error: Error; attempts: Attempt[]; ms: number };

export interface SendOptions {
  /** Follow the documented retry policy (`createConventionsFetch`) instead of sending once. */
  retry: boolean;
  fetch?: (request: Request, init: RequestInit) => Promise<Response>;
  /** A clock in milliseconds; `performance.now` by default. */
  now?: () => number;
  /** Overrides of the policy's timing, for tests; the documented policy otherwise. */
  policy?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  /** Called with a copy of the attempts each time one starts, ends or schedules its wait. */
  onProgress?: (attempts: Attempt[]) => void;
}

/**
 * The backoff p-retry waits after the given failed attempt: capped exponential, times a random
 * factor between 1 and 2 when the policy randomizes, so a range.
 */
export function backoffRange(policy: RetryPolicy, failedAttempt: number): [number, number] {
  const base = policy.minTimeout * policy.factor ** (failedAttempt - 1);
  return [
    Math.min(Math.round(base), policy.maxTimeout),
    Math.min(Math.round(base * (policy.randomize ? 2 : 1)), policy.maxTimeout),
  ];
}

/** Sends the request, once or with the documented retries, reporting each attempt as it happens. */
export async function sendRecorded(request: Request, options: SendOptions): Promise<Sent> {
  const send = options.fetch ?? ((input: Request, init: RequestInit) => fetch(input, init));
  const now = options.now ?? (() => performance.now());
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const attempts: Attempt[] = [];
  const report = () => options.onProgress?.(attempts.map((a) => ({ ...a })));
  const started = now();
  let lastEnded = started;
  const transport = async (request: Request) => {
    const at = now();
    const previous = attempts.at(-1);
    if (previous) previous.waitedMs = Math.round(at - lastEnded);
    const attempt: Attempt = { attempt: attempts.length + 1, status: "sending", ms: 0 };
    attempts.push(attempt);
    report();
    const end = (status: Attempt["status"]) => {
      lastEnded = now();
      Object.assign(attempt, { status, ms: Math.round(lastEnded - at) });
      report();
    };
    try {
      const response = await send(request, { credentials: "omit" });
      end(response.status);
      return response;
    } catch (error) {
      end("network");
      throw error;
    }
  };
  const onRetry = ({ attemptNumber, delayMs }: { attemptNumber: number; delayMs: number | undefined }) => {
    const attempt = attempts[attemptNumber - 1];
    if (!attempt) return;
    const retryAfterMs = delayMs === undefined ? undefined : Math.min(delayMs, MAX_RETRY_AFTER_MS);
    attempt.wait = { ...(retryAfterMs ? { retryAfterMs } : {}), backoffMs: backoffRange(policy, attemptNumber) };
    report();
  };
  try {
    const response = options.retry
      ? await createConventionsFetch({ fetch: transport, retry: policy, sleep: options.sleep, onRetry })(request)
      : await transport(request);
    return { response, attempts, ms: Math.round(now() - started) };
  } catch (error) {
    return { error: error as Error, attempts, ms: Math.round(now() - started) };
  }
}
