import type { HttpEnv } from "@portico/http/context";
import type { LimitStore } from "@portico/http/limit-store";
import type { Store } from "@portico/store";

/** What the portal knows about a page readers may give feedback on. */
export interface PageInfo {
  product: string;
  /** Content hash of the page, so writers know which text a reader saw. */
  version: string;
}

/** What the middlewares and handlers are built from; `createFeedbackApp` fills in the defaults. */
export interface FeedbackDeps {
  store: Store;
  /** The page at this path, or undefined when no such page exists. */
  findPage: (path: string) => Promise<PageInfo | undefined>;
  /** `PORTICO_ADMIN_TOKEN`; when undefined the admin stays closed. */
  adminToken: string | undefined;
  /** The one clock every timestamp, session expiry and idempotency window reads. */
  now: () => Date;
  /** Key of the client-address HMAC; never stored, so the database cannot give addresses back. */
  clientKey: string;
  /** Where the feedback and sign-in limits count (Redis with several instances). */
  limits: LimitStore;
}

/** Hono context variables of a feedback request. */
export type FeedbackEnv = {
  /**
   * What the portal passes to `app.fetch(request, bindings)` in process, never read from the
   * request: `channel: "mcp"` marks feedback the MCP server forwards.
   */
  Bindings: { channel?: "mcp" };
  Variables: HttpEnv["Variables"] & {
    /** Salted hash of the submitting client, set by `feedbackRateLimit`. */
    clientHash: string;
    /** A form post's fields as the JSON body would carry them; undefined for JSON. */
    formFields: Record<string, unknown> | undefined;
  };
};
