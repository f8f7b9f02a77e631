import "server-only";
import { resolve } from "node:path";
import { z } from "zod";

/** Every environment variable the portal reads, validated once. */
const Env = z.object({
  /**
   * Folder holding `<product>/_product.json` and `<product>/*.mdx`. Defaults to the repository's
   * `content/`, seen from `apps/portal`, where every script runs Next.js.
   */
  PORTICO_CONTENT_DIR: z
    .string()
    .min(1)
    .default(resolve(process.cwd(), "../../content"))
    .transform((dir) => resolve(dir)),
  /** `postgres://…` puts the store on PostgreSQL; unset, it is the embedded SQLite file. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  /** Sandbox requests per second per API key (documented: 25); benchmarks raise it. */
  PORTICO_SANDBOX_RATE_LIMIT: z.coerce.number().int().positive().default(25),
  /** SQLite file of the embedded store, by default `data/portico.db` at the repository root. */
  PORTICO_SQLITE_PATH: z.string().min(1).default(resolve(process.cwd(), "../../data/portico.db")),
});

export const env = Env.parse(process.env);
