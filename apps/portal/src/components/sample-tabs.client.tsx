"use client";

import { Children, type KeyboardEvent, type ReactNode, useRef, useState } from "react";

/** The key that moves the selection, and where to: arrows wrap, Home and End jump. */
function nextIndex(key: string, current: number, count: number): number | undefined {
  if (key === "ArrowRight") return (current + 1) % count;
  if (key === "ArrowLeft") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return undefined;
}

/**
 * One example in several languages as tabs (WAI-ARIA tabs, selection follows focus). The panels
 * come rendered from the server; without scripts the first one shows and the rest stay hidden.
 */
export function SampleTabs({
  idPrefix,
  label,
  labels,
  aside,
  children,
}: {
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  labels: string[];
  /** Drawn at the end of the tab row (the schema the example is validated against). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = nextIndex(event.key, selected, labels.length);
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    tabs.current[next]?.focus();
  }

  return (
    <>
      <div className="code-block__meta">
        <div role="tablist" aria-label={label} className="code-block__tabs" onKeyDown={onKeyDown}>
          {labels.map((name, i) => (
            <button
              key={name}
              ref={(element) => {
                tabs.current[i] = element;
              }}
              id={`${idPrefix}-tab-${i}`}
              type="button"
              role="tab"
              aria-selected={i === selected}
              aria-controls={`${idPrefix}-panel-${i}`}
              tabIndex={i === selected ? 0 : -1}
              onClick={() => setSelected(i)}
            >
              {name}
            </button>
          ))}
        </div>
        {aside}
      </div>
      {Children.toArray(children).map((panel, i) => (
        <div
          key={labels[i]}
          id={`${idPrefix}-panel-${i}`}
          role="tabpanel"
          aria-labelledby={`${idPrefix}-tab-${i}`}
          hidden={i !== selected}
        >
          {panel}
        </div>
      ))}
    </>
  );
}
