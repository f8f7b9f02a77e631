import { describe, expect, it } from "vitest";
import { HISTORY_ITEM, HISTORY_LENGTH, type HistoryEntry, readHistory, withEntry } from "./history.ts";

const entry = (n: number): HistoryEntry => ({
  product: "throttle",
  operation: "listCarts",
  pathParams: {},
  query: {},
  headers: {},
  body: "",
  status: 200,
  at: `2026-01-01T00:00:${String(n).padStart(2, "0")}.000Z`,
});

describe("history", () => {
  it("keeps the newest 20, newest first", () => {
    let history: HistoryEntry[] = [];
    for (let n = 0; n < 25; n++) history = withEntry(history, entry(n));
    expect(HISTORY_LENGTH).toBe(20);
    expect(history).toHaveLength(20);
    expect(history[0]).toEqual(entry(24));
    expect(history.at(-1)).toEqual(entry(5));
  });

  it("reads the stored list, or none when it is missing or unreadable", () => {
    expect(readHistory({ getItem: () => null })).toEqual([]);
    expect(readHistory({ getItem: () => "[" })).toEqual([]);
    expect(readHistory({ getItem: (name) => (name === HISTORY_ITEM ? JSON.stringify([entry(1)]) : null) })).toEqual([
      entry(1),
    ]);
  });
});
