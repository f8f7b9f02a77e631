import type { CursorCodec } from "@portico/http/cursor";
import type { RateLimit } from "@portico/http/rate-limit";
import type { Store } from "@portico/store";
import type { QuotaOverrides } from "./quota.ts";

/** What the sandbox app hands each product's router. */
export interface RouterDeps {
  store: Store;
  /** The cursor codec, its secret loaded from the store on first use. */
  codec: () => Promise<CursorCodec>;
  /** The clock; tests move it. */
  now: () => Date;
  /** The per-API-key limit. */
  rateLimit: RateLimit;
  /** Quota limits that replace the products' own (`SandboxOptions.quotas`). */
  quotas: QuotaOverrides;
}
