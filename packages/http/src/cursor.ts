import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Store } from "@portico/store";
import { settingOnce } from "@portico/store/settings";
import { ApiError } from "./errors.ts";

/** What a cursor carries: the last id served, and whose walk of which list it belongs to. */
interface CursorPayload {
  /** Id of the last row on the page; the next page starts strictly after it. */
  after: string;
  /** API key the walk belongs to. */
  key: string;
  /** The list and its filters: a cursor from another list or query is refused. */
  scope: string;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString("base64url");

/**
 * Opaque, HMAC-signed keyset cursors. Ids are UUID v7, so ordering by id is ordering by creation:
 * rows inserted during a walk sort after every existing row and can never shift a page.
 */
export function createCursorCodec(secret: Buffer) {
  const sign = (body: string) => b64(createHmac("sha256", secret).update(body).digest());
  return {
    encode(payload: CursorPayload): string {
      const body = b64(JSON.stringify(payload));
      return `${body}.${sign(body)}`;
    },
    /** The id to continue after; 400 `invalid_cursor` for a tampered, foreign or malformed cursor. */
    decode(cursor: string, expected: Omit<CursorPayload, "after">): string {
      const invalid = new ApiError(400, "invalid_cursor", "The cursor is not valid for this list and API key");
      const [body, signature, ...rest] = cursor.split(".");
      if (!body || !signature || rest.length > 0) throw invalid;
      const actual = Buffer.from(signature);
      const wanted = Buffer.from(sign(body));
      if (actual.length !== wanted.length || !timingSafeEqual(actual, wanted)) throw invalid;
      let payload: CursorPayload;
      try {
        payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      } catch {
        throw invalid;
      }
      if (payload.key !== expected.key || payload.scope !== expected.scope || typeof payload.after !== "string") {
        throw invalid;
      }
      return payload.after;
    },
  };
}

export type CursorCodec = ReturnType<typeof createCursorCodec>;

/** Loads the signing secret from the store, creating it once, so cursors outlive restarts. */
export function cursorCodecFromStore(store: Store): () => Promise<CursorCodec> {
  let codec: Promise<CursorCodec> | undefined;
  return () => {
    codec ??= settingOnce(store, "cursorSecret", () => randomBytes(32).toString("base64")).then((secret) =>
      createCursorCodec(Buffer.from(secret, "base64")),
    );
    return codec;
  };
}
