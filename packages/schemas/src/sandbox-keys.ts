import { z } from "zod";
import { ErrorEnvelope, ResponseMeta, UuidV7 } from "./common.ts";
import { Scope } from "./pqc.ts";
import { EnvironmentSlug, PublishableKey, SecretKey } from "./throttle.ts";

/** Body of `POST /sandbox/keys`. */
export const SandboxKeyRequest = z
  .strictObject({ product: z.enum(["throttle", "pqc"]) })
  .meta({ id: "SandboxKeyRequest" });

/** A tenant API key of the PQC sandbox. */
export const PqcApiKey = z.string().regex(/^pqc_[A-Za-z0-9]{32}$/, "must look like pqc_…");

export const ThrottleSandboxKey = z
  .strictObject({
    workspaceId: UuidV7,
    environment: EnvironmentSlug,
    secretKey: SecretKey,
    publishableKey: PublishableKey,
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ThrottleSandboxKey" });

export const PqcSandboxKey = z
  .strictObject({
    tenantId: UuidV7,
    apiKey: PqcApiKey,
    scopes: z.array(Scope).min(1),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PqcSandboxKey" });

export const SandboxKeyResponse = z
  .strictObject({
    data: z.union([ThrottleSandboxKey, PqcSandboxKey]),
    meta: ResponseMeta,
  })
  .meta({ id: "SandboxKeyResponse" });

/** Schemas of Portico's own APIs, addressable as `portico.<Name>`. */
export const schemas = {
  SandboxKeyRequest,
  SandboxKeyResponse,
  ErrorEnvelope,
} satisfies Record<string, z.ZodType>;
