import type { Store } from "./create-store.ts";

/**
 * The value of setting `key`, created with `make()` the first time any process asks. The insert
 * does nothing when another process won the race, so every process reads the same value.
 */
export async function settingOnce(store: Store, key: string, make: () => string): Promise<string> {
  await store.db
    .insertInto("settings")
    .values({ key, value: make() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await store.db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirstOrThrow();
  return row.value;
}
