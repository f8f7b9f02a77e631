import { createHash, createHmac } from "node:crypto";
import { createTestStore } from "@portico/store/testing";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientIdentity, processClientKey } from "./client-id.ts";

/** Every address of 10.7.0.0/16: the range an attacker would try first for a small office. */
const candidates = Array.from({ length: 65_536 }, (_, i) => `10.7.${i >> 8}.${i & 255}`);

/** Each stored hash the attacker can turn back into an address, with every secret the database holds. */
function recover(stored: Set<string>, secrets: string[]): number {
  let found = 0;
  for (const address of candidates) {
    const guesses = [
      createHash("sha256").update(address).digest("hex"),
      ...secrets.flatMap((secret) => [
        createHash("sha256").update(`${secret}:${address}`).digest("hex"),
        createHmac("sha256", secret).update(address).digest("hex"),
      ]),
    ];
    if (guesses.some((guess) => stored.has(guess))) found += 1;
  }
  return found;
}

describe("client identity", () => {
  it("cannot be turned back into addresses from the database alone", async () => {
    const store = await createTestStore("sqlite");
    try {
      const key = processClientKey();
      const identify = clientIdentity(key);
      const app = new Hono().get("/", (c) => c.text(identify(c)));
      const addresses = candidates.filter((_, i) => i % 331 === 0);
      const hashes = await Promise.all(
        addresses.map(async (address) => (await app.request("/", { headers: { "x-forwarded-for": address } })).text()),
      );
      // What a copy of the database would hold: the hashes, and every setting stored beside them.
      await store.db
        .insertInto("settings")
        .values(hashes.map((hash, i) => ({ key: `clientHash${i}`, value: hash })))
        .execute();
      const rows = await store.db.selectFrom("settings").select(["key", "value"]).execute();
      const stored = new Set(rows.filter((row) => row.key.startsWith("clientHash")).map((row) => row.value));
      const secrets = rows.filter((row) => !row.key.startsWith("clientHash")).map((row) => row.value);
      expect(stored.size).toBe(addresses.length);

      expect(recover(stored, secrets)).toBe(0);
      // The same search with the key, which only the process holds, finds every one: the attack is real.
      expect(recover(stored, [...secrets, key])).toBe(addresses.length);
    } finally {
      await store.close();
    }
  });

  it("gives one client the same identity and different clients different ones", async () => {
    const identify = clientIdentity(processClientKey());
    const app = new Hono().get("/", (c) => c.text(identify(c)));
    const of = async (forwarded?: string) =>
      (await app.request("/", { headers: forwarded ? { "x-forwarded-for": forwarded } : {} })).text();
    expect(await of("192.0.2.1")).toBe(await of("192.0.2.1, 10.0.0.1"));
    expect(await of("192.0.2.1")).not.toBe(await of("192.0.2.2"));
    expect(await of()).toMatch(/^[0-9a-f]{64}$/);
  });
});
