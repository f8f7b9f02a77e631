import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { freePort } from "../../../scripts/free-port.mjs";
import { expect, test } from "../support/fixtures.ts";

// An acknowledged submission must survive `kill -9` of the server, on both engines. The server
// is the portal's server.mjs run by node itself (no npm wrapper), so the SIGKILL hits the process
// that holds the database.

const portalDir = resolve(import.meta.dirname, "../../../apps/portal");
const TOKEN = "durability-admin-token-0123";
const PG_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function startPortal(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: portalDir,
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: String(port),
      PORTICO_ADMIN_TOKEN: TOKEN,
      PORTICO_FEEDBACK_RATE_LIMIT: "10000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error("portal did not start");
}

function killHard(child: ChildProcess) {
  return new Promise<void>((done) => {
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}

async function storedIds(base: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const response: Response = await fetch(
      `${base}/api/admin/feedback?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      {
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    const page = (await response.json()) as { data: { id: string }[]; meta: { pagination: { cursor: string | null } } };
    for (const item of page.data) ids.add(item.id);
    cursor = page.meta.pagination.cursor;
  } while (cursor);
  return ids;
}

async function submitThenKillThenRestart(env: Record<string, string>) {
  const first = await startPortal(env);
  const acknowledged: string[] = [];
  // Submissions still in flight when the kill lands; only the acknowledged ones must survive.
  const inFlight = Array.from({ length: 40 }, (_, i) =>
    fetch(`${first.base}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `10.0.0.${i}` },
      body: JSON.stringify({ pagePath: "/pqc/conventions", helpful: i % 2 === 0, comment: `durability ${i}` }),
    })
      .then(async (response) => {
        if (response.status === 201) acknowledged.push((await response.json()).data.id);
      })
      .catch(() => {}),
  );
  // Kill as soon as a few are acknowledged, with the rest still in flight.
  for (let waited = 0; acknowledged.length < 5 && waited < 5000; waited += 5)
    await new Promise((r) => setTimeout(r, 5));
  await killHard(first.child);
  await Promise.allSettled(inFlight);
  expect(acknowledged.length).toBeGreaterThan(0);

  const second = await startPortal(env);
  try {
    const ids = await storedIds(second.base);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  } finally {
    await killHard(second.child);
  }
}

test.describe("acknowledged feedback survives kill -9", () => {
  test.setTimeout(120_000);

  test("on SQLite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portico-durability-"));
    await submitThenKillThenRestart({ PORTICO_SQLITE_PATH: join(dir, "portico.db") });
  });

  test("on PostgreSQL", async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
    const reachable = await client.connect().then(
      () => true,
      () => false,
    );
    test.skip(!reachable && !process.env.CI, `no PostgreSQL at ${PG_URL}; CI runs this test`);
    const schema = `portico_durability_${randomBytes(4).toString("hex")}`;
    try {
      await submitThenKillThenRestart({ DATABASE_URL: PG_URL, PORTICO_PG_SCHEMA: schema });
    } finally {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  });
});
