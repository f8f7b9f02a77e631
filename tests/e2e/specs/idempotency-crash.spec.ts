import { onEachEngine } from "../support/engines.ts";
import { expect, test } from "../support/fixtures.ts";
import { type PortalProcess, startPortal, stopPortal } from "../support/portal-process.ts";

// Idempotent writes happen exactly once across kill -9. Each round fires a burst of idempotent
// writes (Throttle customers, PQC assets, PQC CSV imports, feedback) at a real portal process and
// kills it with SIGKILL while they are in flight; the next process then receives every request
// that got no answer, again with its own key, as a client following the docs would. At the end
// every request has been answered, and each one's marker is stored exactly once: no acknowledged
// write lost, none written twice.

const ROUNDS = 30;
const TOKEN = "idempotency-crash-admin-token";

interface Write {
  /** Unique text the write stores (an external id, a hostname, a comment). */
  marker: string;
  key: string;
  path: string;
  auth?: string;
  body: { json: unknown } | { csv: string };
}

interface Keys {
  throttle: string;
  pqc: string;
}

function burst(round: number, keys: Keys): Write[] {
  const writes: Write[] = [];
  for (let i = 0; i < 6; i++) {
    const marker = `r${round}-customer-${i}`;
    writes.push({
      marker,
      key: `${marker}-key`,
      path: "/sandbox/throttle/api/v1/customers",
      auth: keys.throttle,
      body: { json: { email: `${marker}@example.com`, name: "Crash test", externalId: marker } },
    });
  }
  for (let i = 0; i < 6; i++) {
    const marker = `r${round}-asset-${i}.example`;
    writes.push({
      marker,
      key: `${marker}-key`,
      path: "/sandbox/pqc/v1/pqc/inventory",
      auth: keys.pqc,
      body: { json: { hostname: marker, system: "Crash test", protocol: "TLS", algorithm: "RSA-2048", keySize: 2048 } },
    });
  }
  for (let i = 0; i < 3; i++) {
    const marker = `r${round}-import-${i}.example`;
    writes.push({
      marker,
      key: `${marker}-key`,
      path: "/sandbox/pqc/v1/pqc/inventory/imports",
      auth: keys.pqc,
      body: { csv: `hostname,system,protocol,algorithm,keySize\n${marker},Crash test,IPsec,DH-2048,2048\n` },
    });
  }
  for (let i = 0; i < 6; i++) {
    const marker = `r${round}-feedback-${i}`;
    writes.push({
      marker,
      key: `${marker}-key`,
      path: "/api/feedback",
      body: { json: { pagePath: "/pqc/conventions", helpful: i % 2 === 0, comment: marker } },
    });
  }
  return writes;
}

/** Sends one write; its status, or undefined when the connection died before an answer. */
async function send(base: string, write: Write): Promise<number | undefined> {
  const headers: Record<string, string> = { "idempotency-key": write.key };
  if (write.auth) headers.authorization = `Bearer ${write.auth}`;
  let body: string | FormData;
  if ("json" in write.body) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(write.body.json);
  } else {
    body = new FormData();
    body.append("file", new Blob([write.body.csv], { type: "text/csv" }), "inventory.csv");
  }
  try {
    const response = await fetch(`${base}${write.path}`, { method: "POST", headers, body });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * Sends each write until it is answered with a success; a 409 `idempotency_key_in_use` is retried
 * after its `Retry-After`, as the docs tell clients to. Anything else fails the test.
 */
async function retryUntilDone(base: string, writes: Write[]) {
  for (const write of writes) {
    let status = await send(base, write);
    for (let tries = 0; status === 409 && tries < 5; tries++) {
      await new Promise((r) => setTimeout(r, 1000));
      status = await send(base, write);
    }
    expect(status, `${write.path} ${write.key}`).toBeLessThan(300);
  }
}

/** Every page of a list, following its cursor; `items` and `next` read one page's shape. */
async function everyItem<T>(
  first: string,
  auth: string,
  items: (page: never) => T[],
  next: (page: never) => string | null,
): Promise<T[]> {
  const all: T[] = [];
  let url: string | null = first;
  while (url) {
    const response: Response = await fetch(url, { headers: { authorization: `Bearer ${auth}` } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as never;
    all.push(...items(page));
    const cursor = next(page);
    url = cursor ? `${first}&cursor=${encodeURIComponent(cursor)}` : null;
  }
  return all;
}

/** How many times each marker is stored, across the three kinds of resource. */
async function storedMarkers(base: string, keys: Keys) {
  const customers = await everyItem<{ externalId?: string }>(
    `${base}/sandbox/throttle/api/v1/customers?limit=100`,
    keys.throttle,
    (page: { data: { externalId?: string }[] }) => page.data,
    (page: { meta: { pagination: { cursor: string | null } } }) => page.meta.pagination.cursor,
  );
  const assets = await everyItem<{ hostname: string }>(
    `${base}/sandbox/pqc/v1/pqc/inventory?limit=100`,
    keys.pqc,
    (page: { items: { hostname: string }[] }) => page.items,
    (page: { nextCursor: string | null }) => page.nextCursor,
  );
  const feedback = await everyItem<{ comment: string | null }>(
    `${base}/api/admin/feedback?limit=100`,
    TOKEN,
    (page: { data: { comment: string | null }[] }) => page.data,
    (page: { meta: { pagination: { cursor: string | null } } }) => page.meta.pagination.cursor,
  );
  const counts = new Map<string, number>();
  for (const marker of [
    ...customers.map((c) => c.externalId),
    ...assets.map((a) => a.hostname),
    ...feedback.map((f) => f.comment),
  ]) {
    if (marker) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  }
  return counts;
}

async function crashRounds(env: Record<string, string>) {
  const settings = {
    ...env,
    PORTICO_ADMIN_TOKEN: TOKEN,
    PORTICO_FEEDBACK_RATE_LIMIT: "100000",
    PORTICO_SANDBOX_RATE_LIMIT: "100000",
  };
  let portal: PortalProcess = await startPortal(settings);
  const provision = async (product: string) => {
    const response = await fetch(`${portal.base}/sandbox/keys`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ product }),
    });
    expect(response.status).toBe(201);
    return (await response.json()).data;
  };
  const keys: Keys = { throttle: (await provision("throttle")).secretKey, pqc: (await provision("pqc")).apiKey };
  const sent: Write[] = [];
  let unanswered: Write[] = [];
  let acknowledgedBeforeKill = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await retryUntilDone(portal.base, unanswered);
      const writes = burst(round, keys);
      sent.push(...writes);
      let answered = 0;
      const statuses = writes.map((write) =>
        send(portal.base, write).then((status) => {
          if (status !== undefined) answered++;
          return status;
        }),
      );
      // Kill once a few have been answered, with the rest still in flight.
      for (let waited = 0; answered < 4 && waited < 10_000; waited += 2) await new Promise((r) => setTimeout(r, 2));
      await stopPortal(portal.child);
      const results = await Promise.all(statuses);
      for (const status of results) if (status !== undefined) expect(status).toBeLessThan(300);
      acknowledgedBeforeKill += results.filter((status) => status !== undefined).length;
      unanswered = writes.filter((_, i) => results[i] === undefined);
      portal = await startPortal(settings);
    }
    await retryUntilDone(portal.base, unanswered);
    const counts = await storedMarkers(portal.base, keys);
    const wrong = sent
      .filter((write) => counts.get(write.marker) !== 1)
      .map((w) => `${w.marker}: ${counts.get(w.marker) ?? 0}`);
    expect(wrong).toEqual([]);
    // The kill must have caught writes mid-flight, or the test proved nothing.
    expect(sent.length - acknowledgedBeforeKill).toBeGreaterThan(ROUNDS);
  } finally {
    await stopPortal(portal.child);
  }
}

test.describe("idempotent writes happen exactly once across kill -9", () => {
  test.setTimeout(600_000);
  onEachEngine(crashRounds);
});
