import { createConventionsFetch, type RetryPolicy } from "@portico/api-client";

/** One try on the wire: its status, or "network" when no answer came. */
export interface Attempt {
  attempt: number;
  status: number | "network";
  ms: number;
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
}

/** Sends the request, once or with the documented retries, recording each attempt as it ends. */
export async function sendRecorded(request: Request, options: SendOptions): Promise<Sent> {
  const send = options.fetch ?? ((input: Request, init: RequestInit) => fetch(input, init));
  const now = options.now ?? (() => performance.now());
  const attempts: Attempt[] = [];
  const started = now();
  const transport = async (attempt: Request) => {
    const at = now();
    try {
      const response = await send(attempt, { credentials: "omit" });
      attempts.push({ attempt: attempts.length + 1, status: response.status, ms: Math.round(now() - at) });
      return response;
    } catch (error) {
      attempts.push({ attempt: attempts.length + 1, status: "network", ms: Math.round(now() - at) });
      throw error;
    }
  };
  try {
    const response = options.retry
      ? await createConventionsFetch({ fetch: transport, retry: options.policy, sleep: options.sleep })(request)
      : await transport(request);
    return { response, attempts, ms: Math.round(now() - started) };
  } catch (error) {
    return { error: error as Error, attempts, ms: Math.round(now() - started) };
  }
}
