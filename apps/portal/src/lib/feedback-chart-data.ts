/** One page's answers per UTC day, as the store counts them: `[YYYY-MM-DD, yes, no]`, oldest first. */
export interface PageDays {
  pagePath: string;
  days: [string, number, number][];
}

/** One line pair of the chart: helpful and not helpful on each of the chart's days. */
export interface ChartSeries {
  /** What the reader picks: a page path, or "All pages". */
  label: string;
  yes: number[];
  no: number[];
}

/** What the chart draws: its days (oldest first) and a series for all pages, then one per page. */
export interface ChartData {
  days: string[];
  series: ChartSeries[];
}

const DAY_MS = 86_400_000;
/** Longest span drawn, about ten years: a `from` of year 1 would otherwise make 740,000 days. */
const MAX_DAYS = 3660;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The chart's days: the filter's dates where given, otherwise the span of the data, every day
 * in between included so a day nobody answered reads as zero, not as a line drawn across it.
 */
export function chartDays(pages: PageDays[], range: { from?: string; to?: string }, today: string): string[] {
  const seen = pages.flatMap((page) => page.days.map(([day]) => day)).sort();
  const last = dayMs(range.to ?? seen.at(-1) ?? today);
  const first = Math.max(dayMs(range.from ?? seen[0] ?? toDay(last)), last - (MAX_DAYS - 1) * DAY_MS);
  const days: string[] = [];
  for (let ms = first; ms <= last; ms += DAY_MS) days.push(toDay(ms));
  return days;
}

/** The series for all pages together, then each page's, zero on the days a page got no answer. */
export function chartData(pages: PageDays[], days: string[]): ChartData {
  const index = new Map(days.map((day, i) => [day, i]));
  const series = (label: string, from: PageDays[]): ChartSeries => {
    const yes = days.map(() => 0);
    const no = days.map(() => 0);
    for (const page of from)
      for (const [day, y, n] of page.days) {
        const i = index.get(day);
        if (i === undefined) continue;
        yes[i] = (yes[i] ?? 0) + y;
        no[i] = (no[i] ?? 0) + n;
      }
    return { label, yes, no };
  };
  return {
    days,
    series: [series(ALL_PAGES, pages), ...pages.map((page) => series(page.pagePath, [page]))],
  };
}

/** The label of the series that adds up every page. */
export const ALL_PAGES = "All pages";
