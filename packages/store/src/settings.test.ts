import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "./create-store.ts";
import { settingOnce } from "./settings.ts";
import { createTestStore, postgresUnavailable } from "./testing.ts";

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`settingOnce on ${engine}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await createTestStore(engine);
    });
    afterAll(() => store.close());

    it("creates a setting once and returns the same value to every later and concurrent caller", async () => {
      let made = 0;
      const make = () => `value-${++made}`;
      const values = await Promise.all(Array.from({ length: 10 }, () => settingOnce(store, "secret", make)));
      expect(new Set(values).size).toBe(1);
      expect(await settingOnce(store, "secret", () => "other")).toBe(values[0]);
      expect(await settingOnce(store, "another", () => "x")).toBe("x");
    });
  });
}
