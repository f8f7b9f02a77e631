"use client";

import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { useOrigin } from "./playground/use-origin";
import { useTabs } from "./use-tabs";

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/**
 * One example in several languages as tabs (WAI-ARIA tabs, selection follows focus). The panels
 * come rendered from the server; without scripts the first one shows and the rest stay hidden.
 * A panel with `lazyHtml` comes empty and gets that markup (the build's own Shiki output, never
 * reader text) once its tab is chosen, with the placeholder origin replaced by the page's.
 */
export function SampleTabs({
  idPrefix,
  label,
  labels,
  aside,
  lazyHtml = [],
  placeholderOrigin,
  children,
}: {
  idPrefix: string;
  /** The tab list's accessible name. */
  label: string;
  labels: string[];
  /** Drawn at the end of the tab row (the schema the example is validated against). */
  aside?: ReactNode;
  /** Per panel, its markup when it comes empty. */
  lazyHtml?: (string | undefined)[];
  /** The origin written in the samples, which the page's own replaces. */
  placeholderOrigin?: string;
  children: ReactNode;
}) {
  const { selected, listProps, tabProps, panelProps } = useTabs(idPrefix, labels.length);
  const origin = useOrigin();
  const filled = (i: number, panel: ReactNode) => {
    const html = lazyHtml[i];
    if (html === undefined || i !== selected || !isValidElement(panel)) return panel;
    const withOrigin = placeholderOrigin && origin ? html.replaceAll(placeholderOrigin, escapeHtml(origin)) : html;
    return cloneElement(panel as ReactElement<{ dangerouslySetInnerHTML?: { __html: string } }>, {
      dangerouslySetInnerHTML: { __html: withOrigin },
    });
  };

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
          {filled(i, panel)}
        </div>
      ))}
    </>
  );
}
