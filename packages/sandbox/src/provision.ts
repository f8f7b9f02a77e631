import { randomInt } from "node:crypto";
import { sha256 } from "@portico/http/hash";
import { SCOPES } from "@portico/schemas/pqc";
import type { Store } from "@portico/store";
import { v7 as uuidv7 } from "uuid";
import { SEED_PROFILES } from "./pqc/algorithms.ts";
import { assetRow } from "./pqc/assets.ts";

/** How long a sandbox lives before it is purged with everything in it: 24 hours. */
export const SANDBOX_TTL_MS = 24 * 60 * 60 * 1000;
/** The environment slug of every sandbox workspace, as it appears in its keys. */
export const SANDBOX_ENVIRONMENT = "sandbox";
/** Inventory assets a new PQC tenant starts with. */
export const PQC_SEED_ASSETS = 260;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const secret = (length: number) => Array.from({ length }, () => BASE62[randomInt(62)]).join("");

const APPLICATIONS = ["Storefront web", "iOS app", "Point of sale"];
const CUSTOMERS = [
  ["Ada Lovelace", "ada@example.com"],
  ["Grace Hopper", "grace@example.com"],
  ["Katherine Johnson", "katherine@example.com"],
  ["Alan Turing", "alan@example.com"],
  ["Hedy Lamarr", "hedy@example.com"],
] as const;
const HOST_ROLES = ["api", "web", "db", "mq", "vpn", "git", "sso", "edge"];
const ZONES = ["eu-west", "us-east", "ap-south", "corp"];
const STATUSES = ["not_started", "planned", "in_progress", "migrated", "exempt"] as const;

/** Deletes expired sandboxes (everything they own goes with them) and stale idempotency keys. */
export async function purgeExpired(store: Store, now: Date, idempotencyRetentionMs: number) {
  await store.db.deleteFrom("sandboxes").where("expiresAt", "<=", now.toISOString()).execute();
  await store.db
    .deleteFrom("idempotencyKeys")
    .where("createdAt", "<", new Date(now.getTime() - idempotencyRetentionMs).toISOString())
    .execute();
}

/** A new Throttle workspace with three applications, five customers and its two keys. */
export async function provisionThrottle(store: Store, clientHash: string, now: Date) {
  const workspaceId = uuidv7();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SANDBOX_TTL_MS).toISOString();
  const secretKey = `sk_${SANDBOX_ENVIRONMENT}_${secret(24)}`;
  const publishableKey = `pk_${SANDBOX_ENVIRONMENT}_${secret(24)}`;
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sandboxes")
      .values({
        id: workspaceId,
        product: "throttle",
        environment: SANDBOX_ENVIRONMENT,
        clientHash,
        createdAt: at,
        expiresAt,
      })
      .execute();
    await trx
      .insertInto("apiKeys")
      .values([
        {
          id: uuidv7(),
          sandboxId: workspaceId,
          product: "throttle",
          kind: "secret",
          keyHash: sha256(secretKey),
          scopes: "read write",
          createdAt: at,
        },
        {
          id: uuidv7(),
          sandboxId: workspaceId,
          product: "throttle",
          kind: "publishable",
          keyHash: sha256(publishableKey),
          scopes: "read",
          createdAt: at,
        },
      ])
      .execute();
    await trx
      .insertInto("applications")
      .values(APPLICATIONS.map((name) => ({ id: uuidv7(), workspaceId, name, createdAt: at })))
      .execute();
    await trx
      .insertInto("customers")
      .values(
        CUSTOMERS.map(([name, email], index) => ({
          id: uuidv7(),
          workspaceId,
          name,
          email,
          externalId: `crm-${1001 + index}`,
          createdAt: at,
        })),
      )
      .execute();
  });
  return { workspaceId, environment: SANDBOX_ENVIRONMENT, secretKey, publishableKey, expiresAt };
}

/** A new PQC tenant with a scanned estate of {@link PQC_SEED_ASSETS} assets and an all-scopes key. */
export async function provisionPqc(store: Store, clientHash: string, now: Date) {
  const tenantId = uuidv7();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SANDBOX_TTL_MS).toISOString();
  const apiKey = `pqc_${secret(32)}`;
  const assets = Array.from({ length: PQC_SEED_ASSETS }, (_, index) => {
    const profile = SEED_PROFILES[index % SEED_PROFILES.length] ?? SEED_PROFILES[0];
    const hostname = `${HOST_ROLES[index % HOST_ROLES.length]}-${String(index + 1).padStart(3, "0")}.${ZONES[index % ZONES.length]}.example.internal`;
    return assetRow(
      tenantId,
      {
        hostname,
        system: profile.system,
        protocol: profile.protocol,
        algorithm: profile.algorithm,
        keySize: profile.keySize,
        migrationStatus: STATUSES[(index * 7) % STATUSES.length],
      },
      at,
    );
  });
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sandboxes")
      .values({ id: tenantId, product: "pqc", environment: SANDBOX_ENVIRONMENT, clientHash, createdAt: at, expiresAt })
      .execute();
    await trx
      .insertInto("apiKeys")
      .values({
        id: uuidv7(),
        sandboxId: tenantId,
        product: "pqc",
        kind: "tenant",
        keyHash: sha256(apiKey),
        scopes: SCOPES.join(" "),
        createdAt: at,
      })
      .execute();
    await trx.insertInto("assets").values(assets).execute();
  });
  return { tenantId, apiKey, scopes: [...SCOPES], expiresAt };
}
