import { IdempotencyKey } from "@portico/schemas/common";
import { LockTakenError, type Store } from "@portico/store";
import type { Context, Env } from "hono";
import { createMiddleware } from "hono/factory";
import stableStringify from "safe-stable-stringify";
import { ApiError } from "./errors.ts";
import { sha256 } from "./hash.ts";
import { responseText } from "./respond.ts";

/** How long a key and its stored response are kept: 24 hours, as the Sandbox page documents. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Headers a replay carries over from the first response. */
const REPLAYED_HEADERS = ["content-type", "content-disposition", "location", "x-request-id"];

/**
 * Only outcomes that will not change on a retry are kept: successes and 404. Validation, auth,
 * rate-limit and server failures are forgotten so the same key can be used again.
 */
const isStorable = (status: number) => status < 400 || status === 404;

/**
 * The body as the fingerprint sees it. A JSON body counts by value: parsed and written back with
 * sorted keys and no insignificant whitespace (safe-stable-stringify), so a retry that reorders
 * keys or reformats is the same request. Anything else counts by bytes, a multipart body with its
 * random boundary taken out.
 */
async function fingerprintedBody(c: Context, contentType: string): Promise<string> {
  if (/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    // As text, the form the handler's readJson asks Hono's body cache for: read once, not decoded twice.
    const text = await c.req.text();
    try {
      return `json:${stableStringify(JSON.parse(text))}`;
    } catch {
      // Not JSON after all: its text is the request (the handler answers 400 anyway).
      return `bytes:${text}`;
    }
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const text = Buffer.from(await c.req.arrayBuffer()).toString("latin1");
  return `bytes:${boundary ? text.replaceAll(boundary, "") : text}`;
}

/**
 * Method, path, query and body (see {@link fingerprintedBody}). The bytes come through Hono's body
 * cache, which a form read earlier has filled (`readForm`): the raw request's own body is
 * spent by then, and cloning it threw `TypeError: unusable`.
 */
async function fingerprint(c: Context): Promise<string> {
  const url = new URL(c.req.url);
  const body = await fingerprintedBody(c, c.req.header("content-type") ?? "");
  return sha256(`${c.req.method}\n${url.pathname}${url.search}\n${body}`);
}

export interface IdempotencyOptions<E extends Env> {
  store: Store;
  now: () => Date;
  /** Whose keys these are (an API key's id, a client's hash): one caller's key never meets another's. */
  scope: (c: Context<E>) => string;
}

/** The exclusive name a request with `key` in `scope` holds while it runs (see {@link idempotency}). */
export const idempotencyLockName = (scope: string, key: string) => `idempotency\n${scope}\n${key}`;

/** Thrown inside the transaction to roll back a request whose outcome is not kept. */
class NotKept extends Error {}

const inUse = () =>
  new ApiError(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still running", undefined, {
    "Retry-After": "1",
  });

/** The 400 a malformed `Idempotency-Key` is answered with, or undefined for a valid one. */
export const idempotencyKeyError = (key: string): ApiError | undefined =>
  IdempotencyKey.safeParse(key).success
    ? undefined
    : new ApiError(400, "idempotency_key_invalid", "Idempotency-Key must be 1 to 255 printable ASCII characters");

/**
 * `Idempotency-Key` on POST and PATCH. The whole request runs in one transaction that holds an
 * exclusive lock named by (scope, key): the stored outcome is looked up, the handler writes, and
 * the outcome is stored, then all of it commits at once. A crash at any point leaves either
 * nothing (a retry runs the request) or the finished record beside what it wrote (a retry
 * replays it), never a write without its record. Another request with the key while the lock is
 * held answers 409; the same request done → the stored response, replayed; another request → 422.
 */
export function idempotency<E extends Env>({ store, now, scope }: IdempotencyOptions<E>) {
  return createMiddleware<E>(async (c, next) => {
    if (c.req.method !== "POST" && c.req.method !== "PATCH") return next();
    const key = c.req.header("idempotency-key");
    if (key === undefined) return next();
    const invalid = idempotencyKeyError(key);
    if (invalid) throw invalid;
    // The column predates scopes other than API keys; it holds whatever the scope function names.
    const apiKeyId = scope(c);
    const print = await fingerprint(c);
    const exclusive = idempotencyLockName(apiKeyId, key);
    try {
      const replay = await store.atomically(
        async (trx): Promise<Response | undefined> => {
          const existing = await trx
            .selectFrom("idempotencyKeys")
            .selectAll()
            .where("apiKeyId", "=", apiKeyId)
            .where("key", "=", key)
            .executeTakeFirst();
          const retained = new Date(now().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString();
          // A "running" row is left by a version that claimed keys before running the request and
          // then crashed; nothing holds it any more, so it counts as absent, like an expired one.
          if (existing && existing.state === "done" && existing.createdAt >= retained) {
            if (existing.fingerprint !== print) {
              throw new ApiError(
                422,
                "idempotency_key_reused",
                "This Idempotency-Key was used with a different request",
              );
            }
            const headers = new Headers(JSON.parse(existing.headers ?? "{}"));
            headers.set("Idempotent-Replayed", "true");
            return new Response(existing.body, { status: existing.status ?? 200, headers });
          }
          if (existing) {
            await trx.deleteFrom("idempotencyKeys").where("apiKeyId", "=", apiKeyId).where("key", "=", key).execute();
          }
          await next();
          if (!isStorable(c.res.status)) throw new NotKept();
          const kept = Object.fromEntries(
            REPLAYED_HEADERS.flatMap((name) => {
              const value = c.res.headers.get(name);
              return value === null ? [] : [[name, value]];
            }),
          );
          await trx
            .insertInto("idempotencyKeys")
            .values({
              apiKeyId,
              key,
              fingerprint: print,
              state: "done",
              status: c.res.status,
              headers: JSON.stringify(kept),
              body: await responseText(c.res),
              createdAt: now().toISOString(),
            })
            .execute();
          return undefined;
        },
        { exclusive },
      );
      if (replay) return replay;
    } catch (error) {
      if (error instanceof NotKept) return;
      if (error instanceof LockTakenError) throw inUse();
      throw error;
    }
  });
}
