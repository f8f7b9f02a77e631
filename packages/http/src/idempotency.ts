import { IdempotencyKey } from "@portico/schemas/common";
import type { Store } from "@portico/store";
import type { Context, Env } from "hono";
import { createMiddleware } from "hono/factory";
import stableStringify from "safe-stable-stringify";
import { ApiError } from "./errors.ts";
import { sha256 } from "./hash.ts";

/** How long a key and its stored response are kept: 24 hours, as the Sandbox page documents. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** A request still "running" after this long died with its process; its key is taken over. */
export const ABANDONED_AFTER_MS = 60_000;

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
function fingerprintedBody(bytes: Buffer, contentType: string): string {
  if (/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    try {
      return `json:${stableStringify(JSON.parse(bytes.toString("utf8")))}`;
    } catch {
      // Not JSON after all: its bytes are the request (the handler answers 400 anyway).
    }
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  const text = bytes.toString("latin1");
  return `bytes:${boundary ? text.replaceAll(boundary, "") : text}`;
}

/**
 * Method, path, query and body (see {@link fingerprintedBody}). The bytes come through Hono's body
 * cache, which a form read earlier has filled (`readForm`): the raw request's own body is
 * spent by then, and cloning it threw `TypeError: unusable`.
 */
async function fingerprint(c: Context): Promise<string> {
  const url = new URL(c.req.url);
  const bytes = Buffer.from(await c.req.arrayBuffer());
  const body = fingerprintedBody(bytes, c.req.header("content-type") ?? "");
  return sha256(`${c.req.method}\n${url.pathname}${url.search}\n${body}`);
}

export interface IdempotencyOptions<E extends Env> {
  store: Store;
  now: () => Date;
  /** Whose keys these are (an API key's id, a client's hash): one caller's key never meets another's. */
  scope: (c: Context<E>) => string;
}

/** The 400 a malformed `Idempotency-Key` is answered with, or undefined for a valid one. */
export const idempotencyKeyError = (key: string): ApiError | undefined =>
  IdempotencyKey.safeParse(key).success
    ? undefined
    : new ApiError(400, "idempotency_key_invalid", "Idempotency-Key must be 1 to 255 printable ASCII characters");

/**
 * `Idempotency-Key` on POST and PATCH. A unique (scope, key) row is claimed with an insert that
 * does nothing on conflict, so of any number of concurrent requests exactly one runs; the others
 * see the row: same request and done → the stored response, replayed; still running → 409;
 * another request → 422.
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
    const where = { apiKeyId, key };
    const claim = () =>
      store.db
        .insertInto("idempotencyKeys")
        .values({
          ...where,
          fingerprint: print,
          state: "running",
          status: null,
          headers: null,
          body: null,
          createdAt: now().toISOString(),
        })
        .onConflict((oc) => oc.columns(["apiKeyId", "key"]).doNothing())
        .returning("key")
        .executeTakeFirst();
    const release = () =>
      store.db.deleteFrom("idempotencyKeys").where("apiKeyId", "=", apiKeyId).where("key", "=", key).execute();

    let claimed = await claim();
    if (!claimed) {
      const existing = await store.db
        .selectFrom("idempotencyKeys")
        .selectAll()
        .where("apiKeyId", "=", apiKeyId)
        .where("key", "=", key)
        .executeTakeFirst();
      const expired =
        existing &&
        (existing.createdAt < new Date(now().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString() ||
          (existing.state === "running" &&
            existing.createdAt < new Date(now().getTime() - ABANDONED_AFTER_MS).toISOString()));
      if (existing && !expired) {
        if (existing.fingerprint !== print) {
          throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used with a different request");
        }
        if (existing.state === "running") {
          throw new ApiError(
            409,
            "idempotency_key_in_use",
            "A request with this Idempotency-Key is still running",
            undefined,
            {
              "Retry-After": "1",
            },
          );
        }
        const headers = new Headers(JSON.parse(existing.headers ?? "{}"));
        headers.set("Idempotent-Replayed", "true");
        return new Response(existing.body, { status: existing.status ?? 200, headers });
      }
      if (expired) {
        await store.db
          .deleteFrom("idempotencyKeys")
          .where("apiKeyId", "=", apiKeyId)
          .where("key", "=", key)
          .where("createdAt", "=", existing.createdAt)
          .execute();
      }
      claimed = await claim();
      if (!claimed)
        throw new ApiError(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still running");
    }

    try {
      await next();
    } catch (error) {
      await release();
      throw error;
    }
    if (!isStorable(c.res.status)) {
      await release();
      return;
    }
    const kept = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => {
        const value = c.res.headers.get(name);
        return value === null ? [] : [[name, value]];
      }),
    );
    await store.db
      .updateTable("idempotencyKeys")
      .set({ state: "done", status: c.res.status, headers: JSON.stringify(kept), body: await c.res.clone().text() })
      .where("apiKeyId", "=", apiKeyId)
      .where("key", "=", key)
      .execute();
  });
}
