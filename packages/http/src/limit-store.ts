import { StoreUnavailableError } from "@portico/store/unavailable";
import { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";

/**
 * Where limit counters live. Every limiter is made through one, under a name of its own, so one
 * setting moves them all: this process's memory (the embedded default), or Redis, shared by every
 * instance, so two processes together still allow a key its documented 25 requests a second.
 */
export interface LimitStore {
  limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

/** Counters in this process: right for one instance, and for tests. */
export const memoryLimits = (): LimitStore => ({
  limiter: (_name, points, duration) => new RateLimiterMemory({ points, duration }),
  close: async () => {},
});

/**
 * Counters in Redis at `url`, under `portico:limit:<name>:…`. While Redis is unreachable a command
 * waits for one reconnection attempt and then fails, and such a failure is a
 * {@link StoreUnavailableError}, answered 503 with `Retry-After` like a database outage: a limit
 * that cannot be counted is not waived.
 */
export function redisLimits(url: string): LimitStore {
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
  // Without a listener a lost connection would end the process; ioredis reconnects by itself.
  client.on("error", (error) => console.error(`limits: Redis: ${error.message}`));
  return {
    limiter(name, points, duration) {
      const limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `portico:limit:${name}`,
        points,
        duration,
      });
      return unavailableOnFailure(limiter);
    },
    async close() {
      client.disconnect();
    },
  };
}

/** `limiter`, with a failure to reach its store (anything but a refusal) turned into StoreUnavailableError. */
function unavailableOnFailure(limiter: RateLimiterRedis): RateLimiterAbstract {
  const consume = limiter.consume.bind(limiter);
  limiter.consume = async (key, points, options) => {
    try {
      return await consume(key, points, options);
    } catch (rejection) {
      if (rejection instanceof Error) throw new StoreUnavailableError(`limits: Redis: ${rejection.message}`);
      throw rejection;
    }
  };
  return limiter;
}

/** The store `REDIS_URL` names, or memory when it is unset. */
export const limitStoreFor = (redisUrl: string | undefined): LimitStore =>
  redisUrl ? redisLimits(redisUrl) : memoryLimits();
