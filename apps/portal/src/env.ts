import "server-only";
import { basename, dirname, join, resolve } from "node:path";
import { z } from "zod";

/** `data/portico.db` → `data/portico.sandbox.db`; a name without an extension gets `.sandbox`. */
const sandboxFileBeside = (path: string) => {
  if (path === ":memory:") return path;
  const name = basename(path);
  const dot = name.lastIndexOf(".");
  return join(dirname(path), dot > 0 ? `${name.slice(0, dot)}.sandbox${name.slice(dot)}` : `${name}.sandbox`);
};

/** Every environment variable the portal reads, validated once. */
const Env = z
  .object({
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
    /** `redis://…` keeps every limit's counters in Redis, shared by all instances; unset, in memory. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// URL")
      .optional(),
    /** PostgreSQL schema for the store (default `public`); tests give each run its own. */
    PORTICO_PG_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .optional(),
    /** Opens the feedback admin to whoever presents it; unset, the admin stays closed. */
    PORTICO_ADMIN_TOKEN: z.string().min(16, "use at least 16 characters").optional(),
    /** Feedback submissions per minute per client (documented: 10); benchmarks raise it. */
    PORTICO_FEEDBACK_RATE_LIMIT: z.coerce.number().int().positive().default(10),
    /** Sandbox requests per second per API key (documented: 25); benchmarks raise it. */
    PORTICO_SANDBOX_RATE_LIMIT: z.coerce.number().int().positive().default(25),
    /** MCP requests (`/mcp`) per minute per client; each tool also meets the limits of the API it uses. */
    PORTICO_MCP_RATE_LIMIT: z.coerce.number().int().positive().default(120),
    /**
     * Key of the client-address HMAC behind per-client limits. Several instances must share one.
     * Unset, a key is created once in `client-hash.key` beside the SQLite file, never in the database.
     */
    PORTICO_CLIENT_HASH_KEY: z.string().min(32, "use at least 32 characters").optional(),
    /**
     * The portal's public origin, for canonical links and Open Graph URLs. Pages prerendered by
     * `next build` take the value the build sees; pages rendered on request, the server's.
     */
    PORTICO_PUBLIC_URL: z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
      .refine((value) => {
        // Zod runs this even when the URL check failed.
        const url = URL.canParse(value) ? new URL(value) : undefined;
        return url?.pathname === "/" && url.search === "" && url.hash === "" && url.username === "";
      }, "must be an origin such as https://docs.example.com, with no path, query or credentials")
      .default("http://localhost:3000")
      .transform((value) => new URL(value).origin),
    /** SQLite file of the embedded store, by default `data/portico.db` at the repository root. */
    PORTICO_SQLITE_PATH: z.string().min(1).default(resolve(process.cwd(), "../../data/portico.db")),
    /**
     * SQLite file of the sandboxes (their data lives 24 hours), synced at checkpoints rather than at
     * every commit; by default the main file's name with `.sandbox` before its extension
     * (`data/portico.sandbox.db`), so each main file has its own. Unused with `DATABASE_URL`.
     */
    PORTICO_SANDBOX_SQLITE_PATH: z.string().min(1).optional(),
  })
  .transform((read) => ({
    ...read,
    PORTICO_SANDBOX_SQLITE_PATH: read.PORTICO_SANDBOX_SQLITE_PATH ?? sandboxFileBeside(read.PORTICO_SQLITE_PATH),
  }));

export const env = Env.parse(process.env);
