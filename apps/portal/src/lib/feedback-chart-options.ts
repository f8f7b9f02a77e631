import type uPlot from "uplot";

const DAY = 86_400;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * Tick steps of the time axis, a day at least: the data is counted per day, so hour ticks would
 * label times nobody counted. uPlot aligns day steps to midnight and month steps to the 1st.
 */
export const DAY_INCREMENTS = [1, 2, 3, 7, 14]
  .map((n) => n * DAY)
  .concat(
    [1, 2, 3, 6].map((n) => n * MONTH),
    [1, 2, 5, 10].map((n) => n * YEAR),
  );

/** Tick steps of the readers axis: whole readers only. */
export const COUNT_INCREMENTS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
];

/** Colours read from the page's CSS, so the canvas follows the light or dark theme. */
export interface ChartColors {
  text: string;
  grid: string;
  helpful: string;
  notHelpful: string;
}

/** Formats a day's timestamp (seconds, UTC midnight) in the reader's locale, with the year when the span crosses one. */
export function dayFormatter(first: number, last: number, locale?: string) {
  const crossesYear = new Date(first * 1000).getUTCFullYear() !== new Date(last * 1000).getUTCFullYear();
  const format = new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
    ...(crossesYear ? { year: "numeric" } : {}),
  });
  return (seconds: number) => format.format(new Date(seconds * 1000));
}

/**
 * uPlot's options for helpful and not helpful readers per UTC day: the time axis spans the days
 * given, half a day of margin each side so the first and last points are not on the frame; the
 * readers axis starts at zero with whole-number ticks; the legend shows the values under the cursor.
 */
export function feedbackChartOptions({
  width,
  colors,
  days,
  tzDate,
  locale,
}: {
  width: number;
  colors: ChartColors;
  /** Timestamps (seconds) of the chart's days, oldest first. */
  days: number[];
  /** uPlot's `tzDate` bound to UTC: the days are UTC days. */
  tzDate: (seconds: number) => Date;
  locale?: string;
}): uPlot.Options {
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? first;
  const formatDay = dayFormatter(first, last, locale);
  // Each day's point, while there are few enough to tell apart; one day has no line to draw.
  const points = (color: string) => ({ show: days.length <= 92, size: 7, fill: color });
  const count = (_: uPlot, value: number | null) => (value == null ? "–" : String(value));
  const axis = {
    stroke: colors.text,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.grid, width: 1 },
    border: { show: true, stroke: colors.grid, width: 1 },
  };
  return {
    width,
    height: 260,
    tzDate,
    // A filled swatch per series: uPlot fills markers with the series' area fill, which lines have none of.
    legend: { markers: { fill: (_u, index) => [colors.helpful, colors.notHelpful][index - 1] ?? "transparent" } },
    scales: {
      x: { time: true, range: () => [first - DAY / 2, last + DAY / 2] },
      // Headroom above the highest count, so the top point is not drawn on the frame.
      y: { range: (_u, _min, max) => [0, Math.max(1, max <= 4 ? max + 1 : Math.ceil(max * 1.1))] },
    },
    series: [
      { label: "Day", value: (_u, value) => (value == null ? "–" : formatDay(value)) },
      { label: "Helpful", stroke: colors.helpful, width: 2, points: points(colors.helpful), value: count },
      {
        label: "Not helpful",
        stroke: colors.notHelpful,
        width: 2,
        points: points(colors.notHelpful),
        value: count,
      },
    ],
    axes: [
      { ...axis, incrs: DAY_INCREMENTS, space: 70, values: (_u, splits) => splits.map(formatDay) },
      {
        ...axis,
        label: "Readers",
        incrs: COUNT_INCREMENTS,
        values: (_u, splits) => splits.map((value) => String(value)),
      },
    ],
  };
}
