"use client";

import type { HistoryEntry } from "@/lib/playground/history";
import { playgroundHref } from "@/lib/playground/playground-href";

/** The requests sent before, each a link that opens it again. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  return (
    <>
      <h2>History</h2>
      {history.length === 0 ? (
        <p>Requests you send are listed here, without keys.</p>
      ) : (
        <ol className="playground__history" aria-label="History">
          {history.map((entry) => (
            <li key={entry.at}>
              <a href={playgroundHref(entry.product, entry.operation, entry)}>
                {entry.status} · {entry.operation} · {entry.at.slice(11, 19)}
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
