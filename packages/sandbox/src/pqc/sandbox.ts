import { type PqcSandboxKey, SCOPES } from "@portico/schemas/pqc";
import type { Store } from "@portico/store";
import type { z } from "zod";
import type { ProductSandbox } from "../product-sandbox.ts";
import { provisionSandbox, randomKeyPart } from "../provision-sandbox.ts";
import { SEED_PROFILES } from "./algorithms.ts";
import { assetRow } from "./assets.ts";
import { createPqcRouter } from "./create-pqc-router.ts";
import { MAX_IMPORT_BYTES } from "./imports.ts";
import { insertAssets } from "./queries.ts";

/** Inventory assets a new PQC tenant starts with. */
export const PQC_SEED_ASSETS = 260;

const HOST_ROLES = ["api", "web", "db", "mq", "vpn", "git", "sso", "edge"];
const ZONES = ["eu-west", "us-east", "ap-south", "corp"];
const STATUSES = ["not_started", "planned", "in_progress", "migrated", "exempt"] as const;

/** The scanned estate of a new tenant: realistic hosts, algorithms and migration states. */
function seedAssets(tenantId: string, at: string) {
  return Array.from({ length: PQC_SEED_ASSETS }, (_, index) => {
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
}

/** A new PQC tenant with a scanned estate of {@link PQC_SEED_ASSETS} assets and an all-scopes key. */
async function provisionPqc(store: Store, clientHash: string, now: Date): Promise<z.infer<typeof PqcSandboxKey>> {
  const apiKey = `pqc_${randomKeyPart(32)}`;
  const { sandboxId: tenantId, expiresAt } = await provisionSandbox(store, {
    product: "pqc",
    clientHash,
    now,
    keys: [{ key: apiKey, kind: "tenant", scopes: SCOPES }],
    seed: (db, sandboxId, at) => insertAssets(db, seedAssets(sandboxId, at)),
  });
  return { tenantId, apiKey, scopes: [...SCOPES], expiresAt };
}

/** The PQC Inventory API's sandbox: tenants with one key holding every scope. */
export const pqcSandbox = {
  id: "pqc",
  createRouter: createPqcRouter,
  provision: provisionPqc,
  // Room for the multipart envelope around the largest import file.
  maxBodyBytes: MAX_IMPORT_BYTES + 64 * 1024,
} satisfies ProductSandbox<"pqc">;
