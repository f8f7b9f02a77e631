import { describe, expect, it } from "vitest";
import { KEYS_ITEM, readKeys, writeKeys } from "./stored-keys.ts";

const memory = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
  };
};

describe("stored keys", () => {
  it("live in the session unless remembered, and in one store only", () => {
    const stores = { session: memory(), local: memory() };
    writeKeys(stores, { throttle: "sk_1" }, false);
    expect(stores.session.items.get(KEYS_ITEM)).toBe('{"throttle":"sk_1"}');
    expect(readKeys(stores)).toEqual({ keys: { throttle: "sk_1" }, remember: false });

    writeKeys(stores, { throttle: "sk_1", pqc: "pqc_1" }, true);
    expect(stores.session.items.has(KEYS_ITEM)).toBe(false);
    expect(readKeys(stores)).toEqual({ keys: { throttle: "sk_1", pqc: "pqc_1" }, remember: true });
  });

  it("are gone from both stores once forgotten", () => {
    const stores = { session: memory(), local: memory() };
    writeKeys(stores, { throttle: "sk_1" }, true);
    writeKeys(stores, {}, true);
    expect(stores.local.items.size + stores.session.items.size).toBe(0);
    expect(readKeys(stores)).toEqual({ keys: {}, remember: false });
  });

  it("read as none when storage is unreadable or refused", () => {
    const broken = { session: memory(), local: memory() };
    broken.session.items.set(KEYS_ITEM, "{");
    expect(readKeys(broken)).toEqual({ keys: {}, remember: false });
    const refused = {
      get session(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
      get local(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(readKeys(refused)).toEqual({ keys: {}, remember: false });
  });
});
