// Feedback submissions per second and latency: autocannon POSTs /api/feedback to the portal's
// production server at 10 and 50 connections, on SQLite and on PostgreSQL (when reachable).
// Prints a table; `--update-readme` writes it into bench/README.md. Loopback only, bounded.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { PG_URL, postgresUnreachable, withPostgresSchema } from "./backends.mjs";
import { servePortal } from "./serve-portal.mjs";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const body = JSON.stringify({
  pagePath: "/throttle/conventions",
  helpful: false,
  category: "unclear",
  comment: "The pagination example could show the second request.",
});

function run(url, connections) {
  return new Promise((resolve, reject) =>
    autocannon(
      { url, connections, duration: DURATION_S, method: "POST", headers: { "content-type": "application/json" }, body },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

async function measure(engine, env) {
  const portal = await servePortal({ ...env, PORTICO_FEEDBACK_RATE_LIMIT: "100000000" });
  const rows = [];
  try {
    for (const connections of [10, 50]) {
      const r = await run(`${portal.baseURL}/api/feedback`, connections);
      rows.push(
        `| ${engine} | ${connections} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r["2xx"]} | ${r.non2xx + r.errors} |`,
      );
    }
  } finally {
    await portal.stop();
  }
  return rows;
}

const rows = [];
rows.push(
  ...(await measure("SQLite (WAL, synchronous=FULL)", {
    PORTICO_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), "portico-bench-")), "feedback.db"),
  })),
);
const unreachable = await postgresUnreachable();
if (unreachable) {
  rows.push(`| PostgreSQL | – | not measured: ${unreachable} | | | | |`);
} else {
  rows.push(
    ...(await withPostgresSchema((schema) =>
      measure("PostgreSQL 15 (local)", { DATABASE_URL: PG_URL, PORTICO_PG_SCHEMA: schema }),
    )),
  );
}

const table = [
  "| engine | connections | submissions/s | p50 ms | p99 ms | acknowledged (201) | non-2xx or errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows,
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${DURATION_S} s per run.`;
  const section = `<!-- feedback:start -->\n${stamp}\n\n${table}\n<!-- feedback:end -->`;
  writeFileSync(
    readme,
    readFileSync(readme, "utf8").replace(/<!-- feedback:start -->[\s\S]*<!-- feedback:end -->/, section),
  );
}
