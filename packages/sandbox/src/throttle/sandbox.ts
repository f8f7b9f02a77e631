import type { ThrottleSandboxKey } from "@portico/schemas/throttle";
import type { Store } from "@portico/store";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import type { ProductSandbox } from "../product-sandbox.ts";
import { provisionSandbox, randomKeyPart, SANDBOX_ENVIRONMENT } from "../provision-sandbox.ts";
import { createThrottleRouter } from "./create-throttle-router.ts";
import { insertApplications, insertCart, insertCustomer } from "./queries.ts";

const APPLICATIONS = ["Storefront web", "iOS app", "Point of sale"];
const CUSTOMERS = [
  ["Ada Lovelace", "ada@example.com"],
  ["Grace Hopper", "grace@example.com"],
  ["Katherine Johnson", "katherine@example.com"],
  ["Alan Turing", "alan@example.com"],
  ["Hedy Lamarr", "hedy@example.com"],
] as const;

/**
 * A new Throttle workspace with three applications, five customers, one open (empty) cart and its
 * two keys. The cart is there so that every documented cart operation has a cart to work on.
 */
async function provisionThrottle(
  store: Store,
  clientHash: string,
  now: Date,
): Promise<z.infer<typeof ThrottleSandboxKey>> {
  const secretKey = `sk_${SANDBOX_ENVIRONMENT}_${randomKeyPart(24)}`;
  const publishableKey = `pk_${SANDBOX_ENVIRONMENT}_${randomKeyPart(24)}`;
  const { sandboxId: workspaceId, expiresAt } = await provisionSandbox(store, {
    product: "throttle",
    clientHash,
    now,
    keys: [
      { key: secretKey, kind: "secret", scopes: ["read", "write"] },
      { key: publishableKey, kind: "publishable", scopes: ["read"] },
    ],
    async seed(db, sandboxId, at) {
      const applications = APPLICATIONS.map((name) => ({ id: uuidv7(), workspaceId: sandboxId, name, createdAt: at }));
      await insertApplications(db, applications);
      await insertCustomer(
        db,
        CUSTOMERS.map(([name, email], index) => ({
          id: uuidv7(),
          workspaceId: sandboxId,
          name,
          email,
          externalId: `crm-${1001 + index}`,
          createdAt: at,
        })),
      );
      const [storefront] = applications;
      if (storefront) {
        await insertCart(db, {
          id: uuidv7(),
          workspaceId: sandboxId,
          applicationId: storefront.id,
          currency: "USD",
          createdAt: at,
        });
      }
    },
  });
  return { workspaceId, environment: SANDBOX_ENVIRONMENT, secretKey, publishableKey, expiresAt };
}

/** The Throttle API's sandbox: workspaces with secret (`sk_`) and read-only publishable (`pk_`) keys. */
export const throttleSandbox = {
  id: "throttle",
  createRouter: createThrottleRouter,
  provision: provisionThrottle,
} satisfies ProductSandbox<"throttle">;
