// Lighthouse in its default mobile mode, median of 3 runs per route, against the production
// build on loopback, driving Debian's Chromium. Lighthouse 12 (13 needs Node 22) runs through
// npx so the workspace does not carry it. Prints a table; `--update-readme` writes it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath } from "@portico/e2e/chromium";
import { servePortal } from "./serve-portal.mjs";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ROUTES = [
  "/",
  "/pqc/conventions",
  "/throttle/conventions",
  "/pqc/sandbox",
  "/throttle/sandbox",
  "/pqc/reference",
  "/throttle/reference",
  // The hash opens the interactive reference at once, so this row includes Scalar's full cost.
  "/throttle/reference#tag/carts",
];
const work = mkdtempSync(join(tmpdir(), "portico-lighthouse-"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function lighthouse(url, output) {
  execFileSync(
    "npx",
    [
      "-y",
      "lighthouse@12.8.2",
      url,
      "--quiet",
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${output}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const report = JSON.parse(readFileSync(output, "utf8"));
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    tbt: report.audits["total-blocking-time"].numericValue,
    lcp: report.audits["largest-contentful-paint"].numericValue,
  };
}

const { baseURL, stop } = await servePortal();
const rows = [];
try {
  for (const route of ROUTES) {
    const runs = Array.from({ length: RUNS }, (_, i) =>
      lighthouse(baseURL + route, join(work, `run-${rows.length}-${i}.json`)),
    );
    rows.push(
      `| \`${route}\` | ${median(runs.map((r) => r.performance))} | ${median(runs.map((r) => r.accessibility))} | ${Math.round(median(runs.map((r) => r.tbt)))} | ${(median(runs.map((r) => r.lcp)) / 1000).toFixed(1)} | ${runs.map((r) => r.performance).join(", ")} |`,
    );
  }
} finally {
  await stop();
}

const table = [
  "| route | performance (median) | accessibility (median) | TBT ms | LCP s | performance per run |",
  "| --- | ---: | ---: | ---: | ---: | --- |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}: Lighthouse 12.8.2, default mobile mode (simulated throttling), ${RUNS} runs per route, ${process.platform} ${process.arch}.`;
  const section = `<!-- lighthouse:start -->\n${stamp}\n\n${table}\n<!-- lighthouse:end -->`;
  writeFileSync(
    readme,
    readFileSync(readme, "utf8").replace(/<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/, section),
  );
}
