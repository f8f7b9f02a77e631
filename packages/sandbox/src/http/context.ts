import type { Store } from "@portico/store";

/** What an authenticated request knows about its caller. */
export interface Caller {
  apiKeyId: string;
  sandboxId: string;
  kind: "secret" | "publishable" | "tenant";
  scopes: string[];
}

/** Hono context variables set by the middleware, read by the handlers. */
export type SandboxEnv = {
  Variables: {
    requestId: string;
    caller: Caller;
    store: Store;
  };
};
