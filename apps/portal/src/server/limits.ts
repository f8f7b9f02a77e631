import "server-only";
import { type LimitStore, limitStoreFor } from "@portico/http/limit-store";
import { env } from "@/env";

let limits: LimitStore | undefined;

/** The process's one limit store: Redis when `REDIS_URL` is set, shared by every instance; else memory. */
export function getLimits(): LimitStore {
  limits ??= limitStoreFor(env.REDIS_URL);
  return limits;
}
