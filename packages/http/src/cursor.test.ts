import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCursorCodec } from "./cursor.ts";

const codec = createCursorCodec(randomBytes(32));

describe("cursor codec", () => {
  it("round-trips any position for its own key and list", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (after, key, scope) => {
        expect(codec.decode(codec.encode({ after, key, scope }), { key, scope })).toBe(after);
      }),
    );
  });

  it("refuses any change to a cursor", () => {
    fc.assert(
      fc.property(fc.uuid(), fc.nat(), fc.constantFrom(..."ABCxyz019-_."), (after, at, char) => {
        const cursor = codec.encode({ after, key: "k", scope: "s" });
        const index = at % cursor.length;
        fc.pre(cursor[index] !== char);
        const tampered = cursor.slice(0, index) + char + cursor.slice(index + 1);
        expect(() => codec.decode(tampered, { key: "k", scope: "s" })).toThrow(/not valid/);
      }),
    );
  });

  it("refuses a cursor signed with another secret, or for another key or list", () => {
    const cursor = codec.encode({ after: "a", key: "k", scope: "s" });
    expect(() => createCursorCodec(randomBytes(32)).decode(cursor, { key: "k", scope: "s" })).toThrow();
    expect(() => codec.decode(cursor, { key: "other", scope: "s" })).toThrow();
    expect(() => codec.decode(cursor, { key: "k", scope: "other" })).toThrow();
  });
});
