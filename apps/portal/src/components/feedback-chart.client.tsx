"use client";

import { useEffect, useRef, useState } from "react";
import "uplot/dist/uPlot.min.css";

export interface ChartPage {
  pagePath: string;
  /** [YYYY-MM-DD, yes, no] per day, oldest first. */
  days: [string, number, number][];
}

/** Helpful vs not helpful per day for one page; uPlot loads only when the admin opens. */
export function FeedbackChart({ pages }: { pages: ChartPage[] }) {
  const [selected, setSelected] = useState(pages[0]?.pagePath ?? "");
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const page = pages.find((p) => p.pagePath === selected);
    const element = box.current;
    if (!page || !element) return;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void import("uplot").then(({ default: UPlot }) => {
      if (cancelled) return;
      const x = page.days.map(([day]) => Date.parse(`${day}T00:00:00Z`) / 1000);
      chart = new UPlot(
        {
          width: Math.min(element.clientWidth || 640, 900),
          height: 260,
          scales: { x: { time: true } },
          series: [
            {},
            { label: "Helpful", stroke: "#1a7f37", width: 2, points: { show: true } },
            { label: "Not helpful", stroke: "#cf222e", width: 2, points: { show: true } },
          ],
          axes: [{}, { label: "Readers" }],
        },
        [x, page.days.map(([, yes]) => yes), page.days.map(([, , no]) => no)],
        element,
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [pages, selected]);

  if (pages.length === 0) return <p>No feedback yet.</p>;
  return (
    <div className="admin__chart">
      <label>
        Page{" "}
        <select value={selected} onChange={(event) => setSelected(event.target.value)}>
          {pages.map((page) => (
            <option key={page.pagePath} value={page.pagePath}>
              {page.pagePath}
            </option>
          ))}
        </select>
      </label>
      <div ref={box} role="img" aria-label={`Helpful and not helpful answers per day for ${selected}`} />
    </div>
  );
}
