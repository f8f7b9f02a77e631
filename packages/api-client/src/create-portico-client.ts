import createClient, { type Client } from "openapi-fetch";
import pRetry, { AbortError } from "p-retry";

/** The statuses the conventions' retry table calls retryable; 400/401/403/404 and the rest are not. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Capped exponential backoff with jitter, and a bounded number of attempts. */
export interface RetryPolicy {
  /** Retries after the first attempt (so `retries: 4` makes at most 5 attempts). */
  retries: number;
  /** First backoff, in ms. */
  minTimeout: number;
  /** The cap on any one backoff, in ms. */
  maxTimeout: number;
  factor: number;
  /** Full jitter: each backoff is multiplied by a random factor between 1 and 2. */
  randomize: boolean;
}

/** The longest `Retry-After` the client honours before its own backoff. */
export const MAX_RETRY_AFTER_MS = 60_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  minTimeout: 250,
  maxTimeout: 8_000,
  factor: 2,
  randomize: true,
};

/** A failed call: the envelope's `error.code`, the HTTP status and the request id to quote. */
export class PorticoApiError extends Error {
  override readonly name = "PorticoApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
    readonly details: unknown[] = [],
  ) {
    super(message);
  }
}

/** A retryable response, carried through p-retry so that the last one can still be returned. */
class RetryableResponse extends Error {
  constructor(readonly response: Response) {
    super(`retryable status ${response.status}`);
  }
}

/** `Retry-After` in ms, from seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface PorticoClientOptions {
  /** The product's API root, e.g. `http://localhost:3000/sandbox/<product>`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  retry?: Partial<RetryPolicy>;
  /** The transport; tests pass the sandbox's in-process `app.request`. */
  fetch?: (request: Request) => Response | Promise<Response>;
  /** Makes the ids of each logical call; defaults to random UUIDs. */
  newId?: () => string;
  /** Waits between attempts; tests replace it to run without real time passing. */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to log or show a timeline. */
  onRetry?: (attempt: { attemptNumber: number; status: number | "network"; delayMs: number | undefined }) => void;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that follows the conventions: bearer auth, one `X-Request-Id` and (on POST and PATCH)
 * one `Idempotency-Key` per logical call, kept across its retries, and retries of 429 and 5xx
 * with capped exponential backoff and jitter that never come sooner than `Retry-After`.
 */
export function createConventionsFetch(options: Omit<PorticoClientOptions, "baseUrl">) {
  const transport = options.fetch ?? ((request: Request) => fetch(request));
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const newId = options.newId ?? (() => crypto.randomUUID());
  const sleep = options.sleep ?? sleepFor;

  return async (input: Request): Promise<Response> => {
    const request = input.clone();
    if (options.apiKey && !request.headers.has("authorization"))
      request.headers.set("authorization", `Bearer ${options.apiKey}`);
    if (!request.headers.has("x-request-id")) request.headers.set("x-request-id", newId());
    if ((request.method === "POST" || request.method === "PATCH") && !request.headers.has("idempotency-key")) {
      request.headers.set("idempotency-key", newId());
    }
    let last: Response | undefined;
    try {
      return await pRetry(
        async () => {
          let response: Response;
          try {
            response = await transport(request.clone());
          } catch (error) {
            // A connection that failed before any answer is as retryable as a 503.
            throw error instanceof Error ? error : new Error(String(error));
          }
          if (RETRYABLE_STATUSES.has(response.status)) {
            last = response;
            throw new RetryableResponse(response);
          }
          return response;
        },
        {
          retries: policy.retries,
          factor: policy.factor,
          minTimeout: policy.minTimeout,
          maxTimeout: policy.maxTimeout,
          randomize: policy.randomize,
          onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft === 0) return;
            const pacing = error instanceof RetryableResponse ? retryAfterMs(error.response) : undefined;
            options.onRetry?.({
              attemptNumber,
              status: error instanceof RetryableResponse ? error.response.status : "network",
              delayMs: pacing,
            });
            // Honour the server's pacing (up to a minute); p-retry's own backoff then follows.
            if (pacing) await sleep(Math.min(pacing, MAX_RETRY_AFTER_MS));
          },
          shouldRetry: ({ error }) => !(error instanceof AbortError),
        },
      );
    } catch (error) {
      if (error instanceof RetryableResponse) return last ?? error.response;
      throw error;
    }
  };
}

/**
 * A typed client for one product (`paths` from `@portico/api-client/<product>-types`), built on
 * openapi-fetch with the conventions' fetch underneath.
 */
export function createPorticoClient<Paths extends {}>(options: PorticoClientOptions): Client<Paths> {
  const conventionsFetch = createConventionsFetch(options);
  return createClient<Paths>({ baseUrl: options.baseUrl, fetch: conventionsFetch });
}

interface Envelope {
  error?: { code?: string; message?: string; details?: unknown[] };
}

/** The data of a successful call, or a {@link PorticoApiError} carrying `error.code`, status and request id. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  const envelope = (result.error ?? {}) as Envelope;
  throw new PorticoApiError(
    result.response.status,
    envelope.error?.code ?? "unknown_error",
    envelope.error?.message ?? `HTTP ${result.response.status}`,
    result.response.headers.get("x-request-id"),
    envelope.error?.details ?? [],
  );
}

type Call<T> = (cursor: string | undefined) => Promise<{ data?: T; error?: unknown; response: Response }>;

/** Every item of a `{data, meta: {pagination: {cursor}}}` list, page after page. */
export async function* itemsOfDataPages<Item>(
  call: Call<{ data: Item[]; meta: { pagination: { cursor: string | null } } }>,
) {
  let cursor: string | undefined;
  do {
    const page = unwrap(await call(cursor));
    yield* page.data;
    cursor = page.meta.pagination.cursor ?? undefined;
  } while (cursor);
}

/** Every item of an `{items, nextCursor, hasMore}` list, page after page. */
export async function* itemsOfItemPages<Item>(call: Call<{ items: Item[]; nextCursor: string | null }>) {
  let cursor: string | undefined;
  do {
    const page = unwrap(await call(cursor));
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
