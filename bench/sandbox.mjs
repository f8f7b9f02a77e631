// Sandbox throughput: autocannon against the standalone sandbox, the portal's /sandbox mount and
// Stoplight Prism 5.14.2 mocking the same OpenAPI document, in one run: GET list and POST create
// (a fresh Idempotency-Key per request) at 10 and 50 connections. Two floors run beside them: a
// plain Hono app answering constants (the sandbox's own stack without storage) and a Next.js route
// handler answering a constant (the portal's /healthz), so each row shows how far it is from what
// its layer allows. Last, the portal deployed as several instances would be: on the machine's
// PostgreSQL with its limits in Redis, one production server, then two sharing both, driven at once.
// `BENCH_SANDBOX_TARGETS=postgres` (a comma list of floors, sqlite, prism, postgres) runs some
// groups only. Prints a table; `--update-readme` writes it into bench/README.md, from a run of
// every group only. Loopback only, each run bounded in time.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort } from "../scripts/free-port.mjs";
import { PG_URL, postgresUnreachable, redisUnreachable, withPostgresSchema, withRedis } from "./backends.mjs";
import { servePortal } from "./serve-portal.mjs";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = [10, 50];
const GROUPS = ["floors", "sqlite", "prism", "postgres"];
const groups = (process.env.BENCH_SANDBOX_TARGETS ?? GROUPS.join(",")).split(",").map((group) => group.trim());
const unknown = groups.filter((group) => !GROUPS.includes(group));
if (unknown.length > 0) throw new Error(`BENCH_SANDBOX_TARGETS: unknown ${unknown} (known: ${GROUPS})`);
if (process.argv.includes("--update-readme") && !GROUPS.every((group) => groups.includes(group))) {
  throw new Error("--update-readme writes the table of a full run: unset BENCH_SANDBOX_TARGETS");
}
const selected = (group) => groups.includes(group);
/** The pinned Prism this package installs, not whatever npx would resolve. */
const PRISM = fileURLToPath(new URL("./node_modules/.bin/prism", import.meta.url));
/**
 * Sandboxes each target creates carts in, in turn: one sandbox holds at most 500 carts. Each is
 * asked for from another client address (X-Forwarded-For, which the portal trusts here through
 * PORTICO_TRUSTED_PROXY_HOPS=1), since one client may make only 20 in 10 minutes.
 */
const SANDBOXES = 60;
const work = mkdtempSync(join(tmpdir(), "portico-bench-"));
const children = [];

async function waitFor(url, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`nothing answered at ${url}`);
}

function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "ignore", detached: true });
  children.push(child);
  return child;
}

/** `count` new Throttle sandboxes on `base`: a bearer credential and an application id each. */
async function provision(base, count) {
  const sandboxes = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${base}/sandbox/keys`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i + 1}` },
      body: '{"product":"throttle"}',
    });
    if (response.status !== 201) throw new Error(`POST /sandbox/keys answered ${response.status}`);
    const auth = `Bearer ${(await response.json()).data.secretKey}`;
    const apps = await (
      await fetch(`${base}/sandbox/throttle/api/v1/applications`, { headers: { authorization: auth } })
    ).json();
    sandboxes.push({ auth, applicationId: apps.data[0].id });
  }
  return sandboxes;
}

function runOne(url, connections, request) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: DURATION_S, requests: [request] }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * `connections` against every base at once, shared out evenly: one autocannon run per base, in
 * parallel in this process. Their requests/s and errors add up; the latency is the worse base's.
 */
async function run(bases, path, connections, request) {
  const results = await Promise.all(
    bases.map((base) => runOne(base + path, Math.round(connections / bases.length), request)),
  );
  const sum = (of) => results.reduce((total, r) => total + of(r), 0);
  const worst = (of) => Math.max(...results.map(of));
  return {
    requests: { average: sum((r) => r.requests.average) },
    latency: { p50: worst((r) => r.latency.p50), p99: worst((r) => r.latency.p99) },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
  };
}

/**
 * GET list and POST create on `target` (one base URL, or several instances driven at once), at
 * each connection count. Creates take the sandboxes in turn, so the per-sandbox cart quota is not
 * what stops them. `listOnly` measures GET alone.
 */
async function measure(target, base, listPath, cartPath, sandboxes, { listOnly = false } = {}) {
  const bases = [base].flat();
  const rows = [];
  let n = 0;
  const record = (operation, connections, r) =>
    rows.push({
      target,
      operation,
      connections,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.non2xx + r.errors,
    });
  for (const connections of CONNECTIONS) {
    const [first] = sandboxes;
    const list = await run(bases, listPath, connections, { method: "GET", headers: { authorization: first.auth } });
    record("GET list", connections, list);
    if (listOnly) continue;
    const create = await run(bases, cartPath, connections, {
      method: "POST",
      setupRequest: (req) => {
        const { auth, applicationId } = sandboxes[n % sandboxes.length];
        return {
          ...req,
          headers: {
            authorization: auth,
            "content-type": "application/json",
            "idempotency-key": `bench-${process.pid}-${n++}`,
          },
          body: JSON.stringify({ applicationId, currency: "USD" }),
        };
      },
    });
    record("POST create", connections, create);
  }
  return rows;
}

/** What every portal in the run is started with: the server measured, not the limiter. */
const BENCH_LIMITS = { PORTICO_SANDBOX_RATE_LIMIT: "1000000", PORTICO_TRUSTED_PROXY_HOPS: "1" };
const LIST = "/sandbox/throttle/api/v1/carts?limit=25";
const CARTS = "/sandbox/throttle/api/v1/carts";

/**
 * The portal as a deployment of several instances runs: on PostgreSQL (a schema of the run's own)
 * with its limits in Redis, as one production server and as two sharing both, driven at once.
 */
async function measurePostgres() {
  const one = "sandbox (portal, PostgreSQL + Redis)";
  const two = "sandbox (2 portals, PostgreSQL + Redis)";
  const why = process.env.BENCH_URL
    ? "BENCH_URL names one running portal"
    : ((await postgresUnreachable()) ?? (await redisUnreachable()));
  if (why) return [one, two].map((target) => ({ target, note: `not measured: ${why}` }));
  return withPostgresSchema((schema) =>
    withRedis(async (redisUrl) => {
      const env = {
        ...BENCH_LIMITS,
        DATABASE_URL: PG_URL,
        PORTICO_PG_SCHEMA: schema,
        REDIS_URL: redisUrl,
        // Both instances must hash a client's address alike, or each would count it apart.
        PORTICO_CLIENT_HASH_KEY: randomBytes(32).toString("base64url"),
        PORTICO_SQLITE_PATH: join(work, "unused.db"),
      };
      // Started together, as a deployment's instances are: migrations take an advisory lock.
      const portals = await Promise.all([servePortal(env), servePortal(env)]);
      try {
        const [first] = portals;
        const rows = await measure(one, first.baseURL, LIST, CARTS, await provision(first.baseURL, SANDBOXES));
        const both = portals.map((portal) => portal.baseURL);
        rows.push(...(await measure(two, both, LIST, CARTS, await provision(first.baseURL, SANDBOXES))));
        return rows;
      } finally {
        await Promise.all(portals.map((portal) => portal.stop()));
      }
    }),
  );
}

const results = [];
try {
  const portal =
    selected("floors") || selected("sqlite") || selected("prism")
      ? await servePortal({ ...BENCH_LIMITS, PORTICO_SQLITE_PATH: join(work, "portal.db") })
      : undefined;
  const anyone = [
    { auth: "Bearer sk_sandbox_benchmarkkey0000000", applicationId: "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c" },
  ];
  if (selected("floors")) {
    const honoPort = await freePort();
    start(process.execPath, [fileURLToPath(new URL("./floors/hono-floor.mjs", import.meta.url))], {
      PORT: String(honoPort),
    });
    const hono = `http://127.0.0.1:${honoPort}`;
    await waitFor(`${hono}/api/v1/carts`);
    results.push(...(await measure("floor: plain Hono, constants", hono, "/api/v1/carts", "/api/v1/carts", anyone)));
    results.push(
      ...(await measure("floor: Next.js route handler, constant", portal.baseURL, "/healthz", "", anyone, {
        listOnly: true,
      })),
    );
  }
  if (selected("sqlite")) {
    const standalonePort = await freePort();
    start("npx", ["tsx", fileURLToPath(new URL("../packages/sandbox/src/serve.ts", import.meta.url))], {
      PORT: String(standalonePort),
      PORTICO_SQLITE_PATH: join(work, "standalone.db"),
      PORTICO_SANDBOX_RATE_LIMIT: BENCH_LIMITS.PORTICO_SANDBOX_RATE_LIMIT,
    });
    const standalone = `http://127.0.0.1:${standalonePort}`;
    await waitFor(`${standalone}/sandbox/keys`);
    for (const [target, base] of [
      ["sandbox (standalone)", standalone],
      ["sandbox (portal)", portal.baseURL],
    ]) {
      results.push(...(await measure(target, base, LIST, CARTS, await provision(base, SANDBOXES))));
    }
  }
  if (selected("prism")) {
    const doc = await (await fetch(`${portal.baseURL}/openapi/throttle.json`)).json();
    writeFileSync(join(work, "throttle.json"), JSON.stringify({ ...doc, servers: [{ url: "/" }] }));
    const prismPort = await freePort();
    start(PRISM, ["mock", join(work, "throttle.json"), "-p", String(prismPort), "-h", "127.0.0.1"]);
    const prism = `http://127.0.0.1:${prismPort}`;
    await waitFor(`${prism}/api/v1/carts`, 300_000);
    results.push(...(await measure("Prism 5.14.2 mock", prism, "/api/v1/carts?limit=25", "/api/v1/carts", anyone)));
  }
  await portal?.stop();
  if (selected("postgres")) results.push(...(await measurePostgres()));
} finally {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

const prismOf = (operation, connections) =>
  results.find((r) => r.target.startsWith("Prism") && r.operation === operation && r.connections === connections);

/**
 * Issue 14's targets: the standalone sandbox 10× Prism's requests/s on GET list and 5× on POST
 * create, through the portal (any store, any number of instances) 3× on both, and p99 no worse
 * than Prism's. Floors and Prism itself have none.
 */
function targetOf(r) {
  if (r.target === "sandbox (standalone)") return r.operation === "GET list" ? 10 : 5;
  if (r.target.startsWith("sandbox (")) return 3;
  return undefined;
}

function verdict(r, prism) {
  const times = targetOf(r);
  if (times === undefined || !prism) return "–";
  const ratio = r.rps / prism.rps;
  const throughput = ratio >= times ? `met (${times}×)` : `missed: ${ratio.toFixed(1)}× of ${times}×`;
  const p99 = r.p99 <= prism.p99 ? "p99 met" : `p99 missed by ${r.p99 - prism.p99} ms`;
  return `${throughput}; ${p99}`;
}

const table = [
  "| target | operation | connections | requests/s | p50 ms | p99 ms | non-2xx or errors | × Prism requests/s | verdict |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ...results.map((r) => {
    if (r.note) return `| ${r.target} | – | – | ${r.note} | | | | | |`;
    const prism = prismOf(r.operation, r.connections);
    const ratio = r.rps / (prism?.rps || Number.NaN);
    return `| ${r.target} | ${r.operation} | ${r.connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.target.startsWith("Prism") ? "1.0" : Number.isNaN(ratio) ? "–" : ratio.toFixed(1)} | ${verdict(r, prism)} |`;
  }),
].join("\n");
console.log(table);

if (process.argv.includes("--update-readme")) {
  const readme = new URL("./README.md", import.meta.url);
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}, ${DURATION_S} s per run, SQLite store where the row names no other.`;
  const section = `<!-- sandbox:start -->\n${stamp}\n\n${table}\n<!-- sandbox:end -->`;
  writeFileSync(
    readme,
    readFileSync(readme, "utf8").replace(/<!-- sandbox:start -->[\s\S]*<!-- sandbox:end -->/, section),
  );
}
