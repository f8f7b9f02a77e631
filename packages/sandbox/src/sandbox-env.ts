import type { HttpEnv } from "@portico/http/context";

/** What an authenticated request knows about its caller. */
export interface Caller {
  apiKeyId: string;
  sandboxId: string;
  kind: "secret" | "publishable" | "tenant";
  scopes: string[];
}

/** Hono context variables of a sandbox request: the request id, and the caller once authenticated. */
export type SandboxEnv = {
  Variables: HttpEnv["Variables"] & {
    caller: Caller;
  };
};
