import type { ProductId } from "@portico/schemas/products";
import type { Store } from "@portico/store";
import type { Hono } from "hono";
import type { Migration } from "kysely";
import type { RouterDeps } from "./router-deps.ts";
import type { SandboxEnv } from "./sandbox-env.ts";

/**
 * A registered product's sandbox: its API as a Hono router (mounted at `/<id>`), how a new
 * sandbox of it is created, and the tables it keeps beyond the store's own.
 */
export interface ProductSandbox<Id extends ProductId = ProductId> {
  id: Id;
  /** The product's API; it applies its own middleware, authentication included, to every route. */
  createRouter(deps: RouterDeps): Hono<SandboxEnv>;
  /**
   * Creates a sandbox with its keys and seed data (through `provisionSandbox`) and answers what
   * `POST /sandbox/keys` returns in `data`: the shape of the product's `sandboxKey.schema`.
   */
  provision(store: Store, clientHash: string, now: Date): Promise<Record<string, unknown>>;
  /** The product's own tables, applied once with `Store.migrate` before its first request. */
  migrations?: Record<string, Migration>;
  /** Largest request body any of its routes reads, when above the JSON limit (a file upload). */
  maxBodyBytes?: number;
}
