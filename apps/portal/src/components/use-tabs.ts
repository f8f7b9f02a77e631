"use client";

import { type KeyboardEvent, useRef, useState } from "react";

/** The key that moves the selection, and where to: arrows wrap, Home and End jump. */
function nextIndex(key: string, current: number, count: number): number | undefined {
  if (key === "ArrowRight") return (current + 1) % count;
  if (key === "ArrowLeft") return (current - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return undefined;
}

/**
 * WAI-ARIA tabs with selection following focus: one tab stop for the list (the selected tab),
 * arrows, Home and End move it. Spread `listProps` on the `role="tablist"` element, `tabProps(i)`
 * on each `role="tab"` button and `panelProps(i)` on each `role="tabpanel"`; the roles stay
 * written out where they are used, so the linter checks the ARIA attributes beside them.
 */
export function useTabs(idPrefix: string, count: number) {
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const listProps = {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const next = nextIndex(event.key, selected, count);
      if (next === undefined) return;
      event.preventDefault();
      setSelected(next);
      tabs.current[next]?.focus();
    },
  };

  const tabProps = (i: number) =>
    ({
      ref(element: HTMLButtonElement | null) {
        tabs.current[i] = element;
      },
      id: `${idPrefix}-tab-${i}`,
      "aria-selected": i === selected,
      "aria-controls": `${idPrefix}-panel-${i}`,
      tabIndex: i === selected ? 0 : -1,
      onClick: () => setSelected(i),
    }) as const;

  const panelProps = (i: number) =>
    ({ id: `${idPrefix}-panel-${i}`, "aria-labelledby": `${idPrefix}-tab-${i}` }) as const;

  return { selected, listProps, tabProps, panelProps };
}
