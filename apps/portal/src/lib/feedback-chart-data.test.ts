import { describe, expect, it } from "vitest";
import { ALL_PAGES, chartData, chartDays } from "./feedback-chart-data";

const pages = [
  {
    pagePath: "/a/one",
    days: [
      ["2026-03-01", 1, 2],
      ["2026-03-04", 0, 1],
    ] as [string, number, number][],
  },
  { pagePath: "/a/two", days: [["2026-03-02", 3, 0]] as [string, number, number][] },
];

describe("chartDays", () => {
  it("spans the data, every day in between included", () => {
    expect(chartDays(pages, {}, "2026-12-03")).toEqual(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]);
  });

  it("is one day when the data is one day", () => {
    expect(chartDays(pages.slice(1), {}, "2026-12-03")).toEqual(["2026-03-02"]);
  });

  it("spans the filter's dates where given", () => {
    expect(chartDays(pages, { from: "2026-02-27", to: "2026-03-02" }, "2026-12-03")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
    expect(chartDays(pages, { from: "2026-03-03" }, "2026-12-03")).toEqual(["2026-03-03", "2026-03-04"]);
  });

  it("is today when there is no data and no filter", () => {
    expect(chartDays([], {}, "2026-12-03")).toEqual(["2026-12-03"]);
  });

  it("stops about ten years back from its last day", () => {
    const days = chartDays([], { from: "0001-01-01", to: "2026-12-03" }, "2026-12-03");
    expect(days).toHaveLength(3660);
    expect(days.at(-1)).toBe("2026-12-03");
  });
});

describe("chartData", () => {
  it("adds every page up, and gives each page zero on the days it got no answer", () => {
    const days = chartDays(pages, {}, "2026-12-03");
    expect(chartData(pages, days).series).toEqual([
      { label: ALL_PAGES, yes: [1, 3, 0, 0], no: [2, 0, 0, 1] },
      { label: "/a/one", yes: [1, 0, 0, 0], no: [2, 0, 0, 1] },
      { label: "/a/two", yes: [0, 3, 0, 0], no: [0, 0, 0, 0] },
    ]);
  });
});
