// Page weight in real Chromium, cold cache: JS requests and gzipped JS bytes before the load event,
// total bytes transferred and HTML bytes, for every route. Prints a table; `--update-readme` also
// writes it into bench/README.md. Budgets are reported, never asserted.
import { readFileSync, writeFileSync } from "node:fs";
import { CHROMIUM_ARGS, chromiumPath } from "@portico/e2e/chromium";
import { chromium } from "playwright-core";
import { servePortal } from "./serve-portal.mjs";

/** Routes measured and the gzipped-JS-before-load budget each must meet, in KiB. */
const ROUTES = [
  { path: "/", budget: 150 },
  { path: "/pqc", budget: 150 },
  { path: "/pqc/conventions", budget: 150 },
  { path: "/throttle/conventions", budget: 150 },
  { path: "/pqc/sandbox", budget: 150 },
  { path: "/throttle/sandbox", budget: 150 },
  // Before Scalar loads: it mounts only when scrolled to.
  { path: "/pqc/reference", budget: 200 },
  { path: "/throttle/reference", budget: 200 },
  { path: "/playground", budget: 250 },
  { path: "/admin/feedback", budget: 150 },
];

const kib = (bytes) => (bytes / 1024).toFixed(1);

async function measure(browser, url) {
  // A fresh context per route: nothing cached, nothing shared.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const figures = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType("navigation");
    const resources = performance.getEntriesByType("resource");
    const beforeLoad = resources.filter((r) => r.responseEnd <= nav.loadEventStart);
    const js = beforeLoad.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
    return {
      jsRequests: js.length,
      jsBytes: js.reduce((sum, r) => sum + r.encodedBodySize, 0),
      totalBytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
      htmlBytes: nav.encodedBodySize,
      htmlRawBytes: nav.decodedBodySize,
    };
  });
  await context.close();
  return figures;
}

const { baseURL, stop } = await servePortal();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const route of ROUTES) {
    const f = await measure(browser, baseURL + route.path);
    rows.push(
      `| \`${route.path}\` | ${f.jsRequests} | ${kib(f.jsBytes)} | ${route.budget} | ${f.jsBytes <= route.budget * 1024 ? "within" : "OVER"} | ${kib(f.totalBytes)} | ${kib(f.htmlBytes)} (${kib(f.htmlRawBytes)} raw) |`,
    );
  }
} finally {
  await browser.close();
  await stop();
}

const table = [
  "| route | JS requests before load | JS KiB (gzip) before load | budget KiB | verdict | total KiB transferred | HTML KiB (gzip) |",
  "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, Chromium ${browser.version()}.`;
  const section = `<!-- pages:start -->\n${stamp}\n\n${table}\n<!-- pages:end -->`;
  writeFileSync(readme, readFileSync(readme, "utf8").replace(/<!-- pages:start -->[\s\S]*<!-- pages:end -->/, section));
}
