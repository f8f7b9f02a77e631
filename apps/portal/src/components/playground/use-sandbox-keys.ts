import { useCallback, useEffect, useState } from "react";
import type { ProductId } from "@/lib/playground/operations";
import { type KeyStores, type Keys, readKeys, writeKeys } from "@/lib/playground/stored-keys";

/** The browser's key stores. Getters, so a browser that refuses storage fails inside `readKeys`' guard rather than here. */
export const browserKeyStores: KeyStores = {
  get session() {
    return sessionStorage;
  },
  get local() {
    return localStorage;
  },
};

/** The reader's sandbox keys: in sessionStorage, or localStorage once the reader opts in. */
export function useSandboxKeys() {
  const [keys, setKeys] = useState<Keys>({});
  const [remember, setRemember] = useState(false);

  useEffect(() => {
    const stored = readKeys(browserKeyStores);
    setKeys(stored.keys);
    setRemember(stored.remember);
  }, []);

  const store = useCallback((next: Keys, keep: boolean) => {
    setKeys(next);
    writeKeys(browserKeyStores, next, keep);
  }, []);

  return {
    keys,
    remember,
    add: (product: ProductId, key: string) => store({ ...keys, [product]: key }, remember),
    forget: () => store({}, remember),
    rememberAcrossSessions: (keep: boolean) => {
      setRemember(keep);
      store(keys, keep);
    },
  };
}
