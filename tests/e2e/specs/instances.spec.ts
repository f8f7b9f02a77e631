import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test } from "../support/fixtures.ts";
import { type PortalProcess, startPortal, stopPortal } from "../support/portal-process.ts";

// Two portal processes on one PostgreSQL and one Redis, as a deployment behind a load balancer
// runs them: limits are counted once for both, and an idempotent write sent to both at once is
// done once.

const PG_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const REDIS_URL = process.env.PORTICO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

test.describe("two instances", () => {
  let portals: PortalProcess[] = [];
  const schema = `portico_pair_${randomBytes(6).toString("hex")}`;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const env = {
      DATABASE_URL: PG_URL,
      PORTICO_PG_SCHEMA: schema,
      REDIS_URL,
      PORTICO_CLIENT_HASH_KEY: randomBytes(32).toString("base64url"),
      PORTICO_FEEDBACK_RATE_LIMIT: "4",
    };
    portals = await Promise.all([startPortal(env), startPortal(env)]);
  });

  test.afterAll(async () => {
    await Promise.all(portals.map((portal) => stopPortal(portal.child)));
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  test("count one client's feedback once across both: 4 a minute in total, not 4 each", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const portal of portals) {
        const response = await fetch(`${portal.base}/api/feedback`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ pagePath: "/pqc/conventions", helpful: true, comment: `instance test ${i}` }),
        });
        statuses.push(response.status);
      }
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(4);
    expect(statuses.slice(4).every((status) => status === 429)).toBe(true);
  });

  test("create one cart when the same idempotent request reaches both at once", async () => {
    const [a, b] = portals;
    if (!a || !b) throw new Error("two portals expected");
    const keys = await fetch(`${a.base}/sandbox/keys`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ product: "throttle" }),
    });
    expect(keys.status).toBe(201);
    const { data } = (await keys.json()) as { data: { secretKey: string } };
    const applications = await fetch(`${a.base}/sandbox/throttle/api/v1/applications`, {
      headers: { authorization: `Bearer ${data.secretKey}` },
    });
    const [application] = ((await applications.json()) as { data: { id: string }[] }).data;
    if (!application) throw new Error("the sandbox has no seeded application");
    const headers = {
      "content-type": "application/json",
      authorization: `Bearer ${data.secretKey}`,
      "idempotency-key": `pair-${randomBytes(8).toString("hex")}`,
    };
    const body = JSON.stringify({ applicationId: application.id, currency: "EUR" });
    const cartIds = async () => {
      const list = await fetch(`${b.base}/sandbox/throttle/api/v1/carts?limit=100`, {
        headers: { authorization: `Bearer ${data.secretKey}` },
      });
      return ((await list.json()) as { data: { id: string }[] }).data.map((cart) => cart.id);
    };
    const before = await cartIds();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${(i % 2 ? b : a).base}/sandbox/throttle/api/v1/carts`, { method: "POST", headers, body }),
      ),
    );
    const created = await Promise.all(
      answers.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { data: { id: string } }).data.id),
    );
    // Those that came while the first ran got 409 (retry); every 201 is the same cart.
    expect(answers.map((r) => r.status).filter((status) => status !== 201 && status !== 409)).toEqual([]);
    expect(new Set(created).size).toBe(1);
    const after = await cartIds();
    expect(after.filter((id) => !before.includes(id))).toEqual([created[0]]);
  });
});
