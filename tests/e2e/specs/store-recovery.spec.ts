import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { documentedProblems, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { servedDocument } from "@portico/schemas/openapi";
import pg from "pg";
import { startTcpProxy, type TcpProxy } from "../../../packages/store/src/tcp-proxy.ts";
import { freePort } from "../../../scripts/free-port.mjs";
import { expect, test } from "../support/fixtures.ts";
import { spawnPortal, startPortal, stopPortal as stop } from "../support/portal-process.ts";

// The portal's store must recover by itself: a database that is down or hangs gets every request
// a 503 envelope with Retry-After, never an empty 500, and the next request after it returns
// succeeds, with no restart. PostgreSQL sits behind a TCP proxy this test switches.

const PG_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const throughProxy = (proxy: TcpProxy) => {
  const url = new URL(PG_URL);
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return url.toString();
};

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/** What the portal answers to a write that needs the store; never allowed to hang. */
async function provision(base: string) {
  const response = await fetch(`${base}/sandbox/keys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ product: "throttle" }),
    signal: AbortSignal.timeout(60_000),
  });
  return { response, body: (await response.json()) as { error?: { code: string; message: string } } };
}

function expectUnavailable({ response, body }: Awaited<ReturnType<typeof provision>>) {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.error?.code).toBe("service_unavailable");
}

const PORTICO_DOCUMENT = JSON.parse(JSON.stringify(servedDocument("portico"))) as OpenApiDocument;

/** A probe's answer, checked against Portico's served document; returns its status. */
async function probe(base: string, path: "/healthz" | "/readyz") {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  expect(documentedProblems(PORTICO_DOCUMENT, "GET", path, response.status, response.headers, body)).toEqual([]);
  return response.status;
}

test.describe("a store that recovers", () => {
  test("an unusable SQLite path stops the start with a message naming it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portico-unusable-"));
    writeFileSync(join(dir, "a-file"), "");
    const path = join(dir, "a-file", "portico.db");
    const { child, output } = spawnPortal({ PORTICO_SQLITE_PATH: path }, await freePort());
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    expect(code).toBe(1);
    expect(output()).toContain(`portal: cannot start: SQLite database at ${path} cannot be opened`);
  });

  test("a setting with a bad value stops the start with a message naming it", async () => {
    const { child, output } = spawnPortal({ PORTICO_ADMIN_TOKEN: "short" }, await freePort());
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    expect(code).toBe(1);
    expect(output()).toContain("portal: cannot start: the environment is not valid");
    expect(output()).toContain("PORTICO_ADMIN_TOKEN");
  });

  test("PostgreSQL down, hanging and back: 503 with Retry-After meanwhile, then served again without a restart", async () => {
    test.setTimeout(180_000);
    const target = new URL(PG_URL);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const schema = `portico_recovery_${randomBytes(6).toString("hex")}`;
    proxy.setMode("refuse");
    const portal = await startPortal({ DATABASE_URL: throughProxy(proxy), PORTICO_PG_SCHEMA: schema });
    try {
      // Down since before the start: the process still starts and says why it cannot serve yet.
      expect(portal.output()).toContain("PostgreSQL is not answering yet");
      expectUnavailable(await provision(portal.base));
      const feedback = await fetch(`${portal.base}/api/feedback`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ pagePath: "/pqc/conventions", helpful: true }),
      });
      expect(feedback.status).toBe(503);
      expect(((await feedback.json()) as { error: { code: string } }).error.code).toBe("service_unavailable");
      expect(await probe(portal.base, "/healthz")).toBe(200);
      expect(await probe(portal.base, "/readyz")).toBe(503);

      proxy.setMode("forward");
      expect((await provision(portal.base)).response.status).toBe(201);
      expect(await probe(portal.base, "/readyz")).toBe(200);

      // Accepts connections and never answers: bounded by the store's timeouts, then a 503.
      proxy.setMode("silent");
      proxy.cut();
      expectUnavailable(await provision(portal.base));
      expect(await probe(portal.base, "/readyz")).toBe(503);

      proxy.setMode("forward");
      expect((await provision(portal.base)).response.status).toBe(201);
    } finally {
      await stop(portal.child);
      await proxy.close();
      await dropSchema(schema);
    }
  });

  test("two instances starting together on one new PostgreSQL schema both serve", async () => {
    test.setTimeout(180_000);
    const schema = `portico_pair_${randomBytes(6).toString("hex")}`;
    const env = { DATABASE_URL: PG_URL, PORTICO_PG_SCHEMA: schema };
    const portals = await Promise.all([startPortal(env), startPortal(env)]);
    try {
      for (const portal of portals) {
        expect(await probe(portal.base, "/readyz")).toBe(200);
        expect((await provision(portal.base)).response.status).toBe(201);
      }
    } finally {
      await Promise.all(portals.map((portal) => stop(portal.child)));
      await dropSchema(schema);
    }
  });
});
