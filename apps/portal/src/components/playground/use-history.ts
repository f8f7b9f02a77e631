import { useEffect, useState } from "react";
import { HISTORY_ITEM, type HistoryEntry, readHistory, withEntry } from "@/lib/playground/history";

/** The last requests sent, newest first, kept in localStorage (never with a key). */
export function useHistory() {
  const [history, setHistory] = useState<HistoryEntry[]>([]);

  useEffect(() => {
    setHistory(readHistory({ getItem: (name) => localStorage.getItem(name) }));
  }, []);

  return {
    history,
    add: (entry: HistoryEntry) => {
      const next = withEntry(history, entry);
      setHistory(next);
      localStorage.setItem(HISTORY_ITEM, JSON.stringify(next));
    },
  };
}
