"use client";

import MiniSearch, { type SearchResult } from "minisearch";
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { excerpt, namedFirst, SEARCH_OPTIONS, type SearchDocument } from "@/lib/search-options";

let indexPromise: Promise<MiniSearch<SearchDocument>> | undefined;
const loadIndex = () => {
  indexPromise ??= fetch("/search-index.json")
    .then((response) => response.text())
    .then((json) => MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS));
  return indexPromise;
};

const GROUPS: [SearchDocument["kind"], string][] = [
  ["section", "Pages"],
  ["operation", "API operations"],
  ["error", "Error codes"],
];

type Hit = SearchResult & Pick<SearchDocument, "kind" | "title" | "href" | "context" | "text">;

/** Wraps every word that starts with a matched term in <mark>; the text stays text, never HTML. */
function highlight(text: string, terms: string[]): ReactNode[] {
  if (terms.length === 0) return [text];
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  // Only at the start of a word: "id" marks "id", not the middle of "valid".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})`, "giu");
  // The parts are positional and rebuilt whole on every render, so their index is their identity.
  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={`${part}-${i}`}>{part}</mark> : part));
}

/** Search across pages, API operations and error codes; results by group, navigable by keyboard. */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
    void loadIndex().then(setIndex);
  }, []);

  const groups = useMemo(() => {
    if (!index || query.trim().length < 2) return [];
    const hits = index.search(namedFirst(query)) as Hit[];
    // Groups follow their best hit, so the best hit of all is the first one shown.
    const best = (kind: SearchDocument["kind"]) => hits.findIndex((hit) => hit.kind === kind);
    return GROUPS.filter(([kind]) => best(kind) >= 0)
      .sort(([a], [b]) => best(a) - best(b))
      .map(([kind, label]) => ({ label, hits: hits.filter((hit) => hit.kind === kind).slice(0, 8) }));
  }, [index, query]);
  const flat = groups.flatMap((group) => group.hits);

  function go(hit: Hit | undefined) {
    if (!hit) return;
    onClose();
    location.assign(hit.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, flat.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(flat[active]);
    }
  }

  let position = -1;
  return (
    <dialog ref={dialog} className="search-dialog" aria-label="Search" onClose={onClose} onCancel={onClose}>
      <div className="search-dialog__bar">
        <input
          type="search"
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to type a query.
          autoFocus
          placeholder="Search pages, operations, error codes"
          aria-label="Search"
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls="search-results"
          aria-activedescendant={flat[active] ? `search-hit-${active}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div id="search-results" role="listbox" aria-label="Results" className="search-dialog__results">
        {!index ? <p>Loading the index…</p> : null}
        {index && query.trim().length >= 2 && flat.length === 0 ? <p>Nothing matches “{query}”.</p> : null}
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: an option group inside a listbox, not a form fieldset.
          <div key={group.label} role="group" aria-label={group.label}>
            <p className="search-dialog__group">{group.label}</p>
            {group.hits.map((hit) => {
              position++;
              const mine = position;
              return (
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input (aria-activedescendant).
                <div
                  key={hit.id}
                  id={`search-hit-${mine}`}
                  role="option"
                  aria-selected={mine === active}
                  className="search-dialog__hit"
                  onMouseEnter={() => setActive(mine)}
                  onClick={() => go(hit)}
                  onKeyDown={() => {}}
                >
                  <span className="search-dialog__title">{highlight(hit.title, hit.terms)}</span>
                  <span className="search-dialog__context">{hit.context}</span>
                  <span className="search-dialog__excerpt">{highlight(excerpt(hit.text, hit.terms), hit.terms)}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </dialog>
  );
}
