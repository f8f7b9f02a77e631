"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import "uplot/dist/uPlot.min.css";
import type { ChartData } from "@/lib/feedback-chart-data";
import { type ChartColors, dayFormatter, feedbackChartOptions } from "@/lib/feedback-chart-options";
import { useColorScheme } from "./use-color-scheme";

/** Resolves CSS colours (custom properties, light-dark()) to what the canvas can draw with. */
function readColors(element: HTMLElement): ChartColors {
  const probe = document.createElement("span");
  element.append(probe);
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const colors = {
    text: resolve("var(--fg-muted)"),
    grid: resolve("var(--chart-grid)"),
    helpful: resolve("var(--chart-helpful)"),
    notHelpful: resolve("var(--chart-not-helpful)"),
  };
  probe.remove();
  return colors;
}

/**
 * Helpful and not helpful readers per day, for all pages or one, over the days the admin's
 * filters give; uPlot loads only when the admin opens, and redraws when the theme changes.
 */
export function FeedbackChart({
  data,
  locale,
}: {
  data: ChartData;
  /** The reader's locale, as the server chose it, so the server's HTML and the browser's agree. */
  locale: string;
}) {
  const [selected, setSelected] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColorScheme();
  const series = data.series[selected] ?? data.series[0];
  const days = useMemo(() => data.days.map((day) => Date.parse(`${day}T00:00:00.000Z`) / 1000), [data.days]);

  useEffect(() => {
    const element = box.current;
    if (!series || !element || scheme === undefined) return;
    let chart: { destroy(): void; setSize(size: { width: number; height: number }): void } | undefined;
    let cancelled = false;
    const width = () => Math.min(element.clientWidth || 640, 900);
    const resize = new ResizeObserver(() => chart?.setSize({ width: width(), height: 260 }));
    void import("uplot").then(({ default: UPlot }) => {
      if (cancelled) return;
      const options = feedbackChartOptions({
        width: width(),
        colors: readColors(element),
        days,
        tzDate: (seconds) => UPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
        locale,
      });
      chart = new UPlot(options, [days, series.yes, series.no], element);
      resize.observe(element);
    });
    return () => {
      cancelled = true;
      resize.disconnect();
      chart?.destroy();
    };
  }, [series, days, scheme, locale]);

  if (!series || data.series.length === 1) return <p>No answers to chart for these filters.</p>;
  const formatDay = dayFormatter(days[0] ?? 0, days.at(-1) ?? 0, locale);
  const span = `${formatDay(days[0] ?? 0)} to ${formatDay(days.at(-1) ?? 0)}`;
  return (
    <div className="admin__chart">
      <label>
        Page{" "}
        <select value={selected} onChange={(event) => setSelected(Number(event.target.value))}>
          {data.series.map((s, index) => (
            <option key={s.label} value={index}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <div
        ref={box}
        className="admin__chart-canvas"
        role="img"
        aria-label={`Helpful and not helpful answers per day for ${series.label}, ${span}`}
      />
    </div>
  );
}
