import "server-only";
import { isStoreUnavailable } from "@portico/store/unavailable";

/**
 * The start-up check behind `instrumentation.ts`. The embedded SQLite store must open, or the
 * process exits naming the path: nothing else can fix it. A PostgreSQL server that is down is
 * different: it may come back, so the portal starts, answers 503 meanwhile and retries.
 */
export async function openAtStart(): Promise<void> {
  let env: typeof import("@/env").env;
  try {
    ({ env } = await import("@/env"));
  } catch (error) {
    exitWith(`the environment is not valid: ${(error as Error).message}`);
  }
  const { getSandboxStore, getStore } = await import("./store");
  try {
    await getStore();
    await getSandboxStore();
  } catch (error) {
    const message = (error as Error).message;
    if (env.DATABASE_URL && isStoreUnavailable(error)) {
      console.error(`portal: PostgreSQL is not answering yet (${message}); requests get 503 until it does`);
      return;
    }
    exitWith(message);
  }
}

function exitWith(message: string): never {
  console.error(`portal: cannot start: ${message}`);
  process.exit(1);
}
