import { onEachEngine } from "../support/engines.ts";
import { expect, test } from "../support/fixtures.ts";
import { startPortal, stopPortal } from "../support/portal-process.ts";

// An acknowledged submission must survive `kill -9` of the server, on both engines. The server
// is the portal's server.mjs run by node itself (no npm wrapper), so the SIGKILL hits the process
// that holds the database.

const TOKEN = "durability-admin-token-0123";
const SETTINGS = { PORTICO_ADMIN_TOKEN: TOKEN, PORTICO_FEEDBACK_RATE_LIMIT: "10000" };

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
  const first = await startPortal({ ...env, ...SETTINGS });
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
  await stopPortal(first.child);
  await Promise.allSettled(inFlight);
  expect(acknowledged.length).toBeGreaterThan(0);

  const second = await startPortal({ ...env, ...SETTINGS });
  try {
    const ids = await storedIds(second.base);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  } finally {
    await stopPortal(second.child);
  }
}

test.describe("acknowledged feedback survives kill -9", () => {
  test.setTimeout(120_000);
  onEachEngine(submitThenKillThenRestart);
});
