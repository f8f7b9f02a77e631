"use client";

import { Children, type ReactNode } from "react";
import { useTabs } from "./use-tabs";

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
  const { selected, listProps, tabProps, panelProps } = useTabs(idPrefix, labels.length);

  return (
    <>
      <div className="code-block__meta">
        <div role="tablist" {...listProps} aria-label={label} className="code-block__tabs">
          {labels.map((name, i) => (
            <button key={name} type="button" role="tab" {...tabProps(i)}>
              {name}
            </button>
          ))}
        </div>
        {aside}
      </div>
      {Children.toArray(children).map((panel, i) => (
        <div key={labels[i]} role="tabpanel" {...panelProps(i)} hidden={i !== selected}>
          {panel}
        </div>
      ))}
    </>
  );
}
