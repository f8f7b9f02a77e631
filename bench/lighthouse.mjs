// Lighthouse in its default mobile mode, median of 3 runs per route, against the production
// build on loopback, driving Debian's Chromium, beside the same measurement of a floor: a bare
// Next.js + MDX app of the same content (bench/floors/next-mdx), built and served in the same
// run. Portal and floor runs alternate, so whatever else loads the machine hits both alike.
// Lighthouse 12 (13 needs Node 22) runs through npx so the workspace does not carry it. Prints a
// table; `--update-readme` writes it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath } from "@portico/e2e/chromium";
import pRetry from "p-retry";
import { serveNextMdxFloor } from "./serve-floor.mjs";
import { servePortal } from "./serve-portal.mjs";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** Points of performance a route may sit below its floor's median (issue 14). */
const ALLOWED_BELOW = { docs: 2, reference: 5 };
/**
 * Each portal route and the floor page it is held against: a docs page against the same MDX in
 * the floor; the home page against the floor's index of pages; a reference outline (server HTML,
 * Scalar not mounted) against the same product's conventions page, the floor's nearest page of
 * server-rendered text. The `#tag/carts` row opens Scalar at once, so it carries Scalar's full
 * cost and has no performance target.
 */
const ROWS = [
  { route: "/", floor: "/", kind: "docs" },
  { route: "/pqc/conventions", floor: "/pqc/conventions", kind: "docs" },
  { route: "/throttle/conventions", floor: "/throttle/conventions", kind: "docs" },
  { route: "/pqc/sandbox", floor: "/pqc/sandbox", kind: "docs" },
  { route: "/throttle/sandbox", floor: "/throttle/sandbox", kind: "docs" },
  { route: "/pqc/reference", floor: "/pqc/conventions", kind: "reference" },
  { route: "/throttle/reference", floor: "/throttle/conventions", kind: "reference" },
  { route: "/throttle/reference#tag/carts", floor: "/throttle/conventions", kind: "scalar" },
];
const work = mkdtempSync(join(tmpdir(), "portico-lighthouse-"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function lighthouseOnce(url, output) {
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

/** Lighthouse now and then fails to trace a load (`NO_NAVSTART`); such a run is tried again, twice at most. */
const lighthouse = (url, output) =>
  pRetry(() => lighthouseOnce(url, output), {
    retries: 2,
    onFailedAttempt: ({ error, attemptNumber }) =>
      console.error(`lighthouse: ${url} failed (attempt ${attemptNumber}): ${error.message.split("\n")[0]}`),
  });

/** Medians of one target's runs. */
function summary(runs) {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    tbt: Math.round(median(runs.map((r) => r.tbt))),
    lcp: (median(runs.map((r) => r.lcp)) / 1000).toFixed(1),
    perRun: runs.map((r) => r.performance).join(", "),
  };
}

/** The row's verdict against issue 14's targets: performance near the floor, accessibility 100. */
function verdict(kind, portal, difference) {
  const missed = [];
  const allowed = ALLOWED_BELOW[kind];
  if (allowed !== undefined && difference < -allowed) {
    missed.push(`performance ${-difference - allowed} past the ${allowed} allowed`);
  }
  if (portal.accessibility < 100) missed.push(`accessibility ${portal.accessibility}`);
  const scope = allowed === undefined ? "no performance target (Scalar open)" : `within ${allowed}`;
  return missed.length ? `missed: ${missed.join("; ")}` : `met (${scope}, a11y 100)`;
}

const floor = await serveNextMdxFloor();
const portalRuns = ROWS.map(() => []);
// Rows that share a floor page share its runs: each floor page is measured once per round.
const floorRuns = new Map(ROWS.map((row) => [row.floor, []]));
try {
  const portal = await servePortal();
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [index, row] of ROWS.entries()) {
        const runs = floorRuns.get(row.floor);
        const measure = {
          portal: async () =>
            portalRuns[index].push(await lighthouse(portal.baseURL + row.route, join(work, `p-${index}-${i}.json`))),
          floor: async () => {
            if (runs.length <= i)
              runs.push(await lighthouse(floor.baseURL + row.floor, join(work, `f-${index}-${i}.json`)));
          },
        };
        // Which goes first alternates too, so neither always follows the other's leftovers.
        const order = i % 2 === 0 ? ["portal", "floor"] : ["floor", "portal"];
        for (const target of order) await measure[target]();
      }
    }
  } finally {
    await portal.stop();
  }
} finally {
  await floor.stop();
}

const rows = ROWS.map((row, index) => {
  const portal = summary(portalRuns[index]);
  const base = summary(floorRuns.get(row.floor));
  const difference = portal.performance - base.performance;
  return `| \`${row.route}\` | \`${row.floor}\` | ${portal.performance} | ${base.performance} | ${difference > 0 ? "+" : ""}${difference} | ${portal.accessibility} | ${base.accessibility} | ${verdict(row.kind, portal, difference)} | ${portal.tbt} / ${base.tbt} | ${portal.lcp} / ${base.lcp} | ${portal.perRun} / ${base.perRun} |`;
});

const table = [
  "| route | floor page | performance (median) | floor performance (median) | difference | accessibility (median) | floor accessibility | verdict | TBT ms (route / floor) | LCP s (route / floor) | performance per run (route / floor) |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)}: Lighthouse 12.8.2, default mobile mode (simulated throttling), ${RUNS} runs per route and per floor page, interleaved (rows with the same floor page share its runs), ${process.platform} ${process.arch}.`;
  const section = `<!-- lighthouse:start -->\n${stamp}\n\n${table}\n<!-- lighthouse:end -->`;
  writeFileSync(
    readme,
    readFileSync(readme, "utf8").replace(/<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/, section),
  );
}
