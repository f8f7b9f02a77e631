import { randomInt } from "node:crypto";
import { sha256 } from "@portico/http/hash";
import type { Database, Store } from "@portico/store";
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";

/** How long a sandbox lives before it is purged with everything in it: 24 hours. */
export const SANDBOX_TTL_MS = 24 * 60 * 60 * 1000;
/** The environment slug of every sandbox, as it appears in keys that name one. */
export const SANDBOX_ENVIRONMENT = "sandbox";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `length` random base-62 characters from the system's CSPRNG: the secret part of an API key. */
export const randomKeyPart = (length: number) => Array.from({ length }, () => BASE62[randomInt(62)]).join("");

/** One API key of a new sandbox; only its hash is stored. */
export interface NewApiKey {
  key: string;
  kind: Database["apiKeys"]["kind"];
  scopes: readonly string[];
}

export interface SandboxRequest {
  /** The product the sandbox belongs to, as its router authenticates it. */
  product: string;
  /** Salted hash of the client that asked, for the per-client limit. */
  clientHash: string;
  now: Date;
  keys: NewApiKey[];
  /** Inserts the product's starting data, in the same transaction as the sandbox and its keys. */
  seed: (db: Kysely<Database>, sandboxId: string, at: string) => Promise<void>;
}

/**
 * Creates a sandbox, its API keys (stored as SHA-256 hashes) and its seed data in one
 * transaction, so a sandbox is never visible half-made. Answers its id and expiry.
 */
export async function provisionSandbox(store: Store, request: SandboxRequest) {
  const sandboxId = uuidv7();
  const at = request.now.toISOString();
  const expiresAt = new Date(request.now.getTime() + SANDBOX_TTL_MS).toISOString();
  await store.atomically(async (trx) => {
    await trx
      .insertInto("sandboxes")
      .values({
        id: sandboxId,
        product: request.product,
        environment: SANDBOX_ENVIRONMENT,
        clientHash: request.clientHash,
        createdAt: at,
        expiresAt,
      })
      .execute();
    await trx
      .insertInto("apiKeys")
      .values(
        request.keys.map(({ key, kind, scopes }) => ({
          id: uuidv7(),
          sandboxId,
          product: request.product,
          kind,
          keyHash: sha256(key),
          scopes: scopes.join(" "),
          createdAt: at,
        })),
      )
      .execute();
    await request.seed(trx, sandboxId, at);
  });
  return { sandboxId, expiresAt };
}

/** Deletes expired sandboxes (everything they own goes with them) and stale idempotency keys. */
export async function purgeExpired(store: Store, now: Date, idempotencyRetentionMs: number) {
  await store.db.deleteFrom("sandboxes").where("expiresAt", "<=", now.toISOString()).execute();
  await store.db
    .deleteFrom("idempotencyKeys")
    .where("createdAt", "<", new Date(now.getTime() - idempotencyRetentionMs).toISOString())
    .execute();
}
