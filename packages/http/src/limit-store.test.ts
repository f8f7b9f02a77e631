import { randomBytes } from "node:crypto";
import { StoreUnavailableError } from "@portico/store/unavailable";
import { Redis } from "ioredis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { afterAll, describe, expect, it } from "vitest";
import { memoryLimits, redisLimits } from "./limit-store.ts";

const REDIS_URL = process.env.PORTICO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Why Redis tests cannot run here, or undefined when they can. CI never skips them. */
async function redisUnavailable(): Promise<string | undefined> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    if (process.env.CI) throw new Error(`CI needs Redis at ${REDIS_URL}: ${String(error)}`);
    return `no Redis at ${REDIS_URL} (${(error as Error).message}); set PORTICO_TEST_REDIS_URL`;
  } finally {
    client.disconnect();
  }
}

const redisSkip = await redisUnavailable();

/** How many of `attempts` consumes `limiter` allows. */
async function allowed(consume: () => Promise<unknown>, attempts: number) {
  let granted = 0;
  for (let i = 0; i < attempts; i++) {
    try {
      await consume();
      granted += 1;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
  return granted;
}

describe("memory limits", () => {
  it("are per process: two stores count apart", async () => {
    const [one, two] = [memoryLimits(), memoryLimits()];
    const a = one.limiter("x", 3, 60);
    const b = two.limiter("x", 3, 60);
    expect(await allowed(() => a.consume("k"), 3)).toBe(3);
    expect(await allowed(() => b.consume("k"), 3)).toBe(3);
  });
});

describe.skipIf(redisSkip !== undefined)("Redis limits", () => {
  const stores = [redisLimits(REDIS_URL), redisLimits(REDIS_URL)];
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it("are shared: two instances together allow a key its limit once", async () => {
    const name = `test-${randomBytes(6).toString("hex")}`;
    const [a, b] = stores.map((store) => store.limiter(name, 5, 60));
    if (!a || !b) throw new Error("two stores expected");
    let granted = 0;
    for (let i = 0; i < 6; i++) {
      granted += await allowed(() => a.consume("key"), 1);
      granted += await allowed(() => b.consume("key"), 1);
    }
    expect(granted).toBe(5);
    // Another key, and another limiter name, have their own budget.
    expect(await allowed(() => a.consume("other"), 5)).toBe(5);
    expect(await allowed(() => stores[0]?.limiter(`${name}-b`, 5, 60).consume("key") ?? Promise.reject(), 5)).toBe(5);
  });

  it("fail as an unavailable store, not a waived limit, when Redis cannot be reached", async () => {
    const unreachable = redisLimits("redis://127.0.0.1:1");
    try {
      await expect(unreachable.limiter("down", 5, 60).consume("key")).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await unreachable.close();
    }
  });
});
