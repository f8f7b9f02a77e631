import type { ProductId } from "./operations.ts";

/** The reader's sandbox keys, one per product. */
export type Keys = Partial<Record<ProductId, string>>;

export const KEYS_ITEM = "portico-playground-keys";

/** Where the keys live: the session's storage, or the browser's when the reader opts in. */
export interface KeyStores {
  session: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  local: Pick<Storage, "getItem" | "setItem" | "removeItem">;
}

/** The stored keys and whether they were remembered across sessions; none when storage is unreadable. */
export function readKeys(stores: KeyStores): { keys: Keys; remember: boolean } {
  try {
    const remembered = stores.local.getItem(KEYS_ITEM);
    if (remembered) return { keys: JSON.parse(remembered), remember: true };
    return { keys: JSON.parse(stores.session.getItem(KEYS_ITEM) ?? "{}"), remember: false };
  } catch {
    return { keys: {}, remember: false };
  }
}

/** Keeps the keys in exactly one store (or none when there are none), so forgetting is complete. */
export function writeKeys({ session, local }: KeyStores, keys: Keys, remember: boolean) {
  session.removeItem(KEYS_ITEM);
  local.removeItem(KEYS_ITEM);
  if (Object.keys(keys).length > 0) (remember ? local : session).setItem(KEYS_ITEM, JSON.stringify(keys));
}
