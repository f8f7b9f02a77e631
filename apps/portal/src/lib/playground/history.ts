import type { SharedState } from "./share.ts";

/** A sent request as history keeps it: the shared request (never a key), its status and when. */
export type HistoryEntry = SharedState & { status: number; at: string };

export const HISTORY_ITEM = "portico-playground-history";
export const HISTORY_LENGTH = 20;

/** The stored history, or none when it is missing or unreadable. */
export function readHistory(storage: Pick<Storage, "getItem">): HistoryEntry[] {
  try {
    return JSON.parse(storage.getItem(HISTORY_ITEM) ?? "[]");
  } catch {
    return [];
  }
}

/** The newest entry first, the oldest dropped past the limit. */
export const withEntry = (history: HistoryEntry[], entry: HistoryEntry) => [entry, ...history].slice(0, HISTORY_LENGTH);
