// The machine's PostgreSQL and Redis for benchmarks that run the portal as a deployment of
// several instances would: a PostgreSQL schema of the run's own, dropped afterwards, and the Redis
// keys the run made, deleted afterwards, so a run leaves the shared servers as it found them.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";

/** The machine's PostgreSQL as CI provides it (trust auth, database `test`). */
export const PG_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
/**
 * The portal names its limit keys `portico:limit:…` with no prefix of the deployment's, so a run
 * keeps to a Redis database of its own (13) rather than share counters, such as the ceiling on
 * sandboxes created by all clients, with whoever uses database 0 on this machine.
 */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/13";
const LIMIT_KEYS = "portico:limit:*";

/** Why PostgreSQL cannot be used, or undefined when it can. */
export async function postgresUnreachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `nothing answered at ${PG_URL} (${error.message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs `body(schema)` with a fresh schema name, then drops that schema: the portal creates it
 * (`PORTICO_PG_SCHEMA`) when it first opens the store.
 */
export async function withPostgresSchema(body) {
  const schema = `portico_bench_${randomBytes(4).toString("hex")}`;
  try {
    return await body(schema);
  } finally {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
}

async function limitKeys(redis) {
  const keys = new Set();
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", LIMIT_KEYS, "COUNT", 1000);
    cursor = next;
    for (const key of batch) keys.add(key);
  } while (cursor !== "0");
  return keys;
}

/** Why Redis cannot be used, or undefined when it can. */
export async function redisUnreachable() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return `nothing answered at ${REDIS_URL} (${error.message})`;
  } finally {
    redis.disconnect();
  }
}

/**
 * Runs `body(REDIS_URL)`, then deletes the limit keys that appeared in the meantime (those of a
 * second are gone already; those of ten minutes, such as sandbox provisioning, are not).
 */
export async function withRedis(body) {
  const redis = new Redis(REDIS_URL, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
  try {
    const before = await limitKeys(redis);
    try {
      return await body(REDIS_URL);
    } finally {
      const made = [...(await limitKeys(redis))].filter((key) => !before.has(key));
      if (made.length > 0) await redis.del(...made);
    }
  } finally {
    redis.disconnect();
  }
}
