import { expect, test } from "../support/fixtures.ts";

// The sandbox and the OpenAPI documents over real HTTP, on the production server.

test("serves both OpenAPI 3.1 documents with the sandbox as their server", async ({ request }) => {
  for (const product of ["pqc", "throttle"]) {
    const response = await request.get(`/openapi/${product}.json`);
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe(`/sandbox/${product}`);
  }
});

test("a Throttle cart over HTTP: key, create, replay, suggestion, simulated outage", async ({ request }) => {
  const keys = await request.post("/sandbox/keys", { data: { product: "throttle" } });
  expect(keys.status()).toBe(201);
  const { data } = await keys.json();
  const auth = { authorization: `Bearer ${data.secretKey}` };
  const applications = await (await request.get("/sandbox/throttle/api/v1/applications", { headers: auth })).json();
  const applicationId = applications.data[0].id;

  const headers = { ...auth, "idempotency-key": "e2e-cart-1", "x-request-id": "e2e-trace-1" };
  const first = await request.post("/sandbox/throttle/api/v1/carts", {
    headers,
    data: { applicationId, currency: "USD" },
  });
  expect(first.status()).toBe(201);
  expect(first.headers()["x-request-id"]).toBe("e2e-trace-1");
  const replay = await request.post("/sandbox/throttle/api/v1/carts", {
    headers,
    data: { applicationId, currency: "USD" },
  });
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await first.json());

  const alias = await request.post("/sandbox/throttle/api/v1/carts", {
    headers: auth,
    data: { application_id: applicationId, currency: "USD" },
  });
  expect(alias.status()).toBe(400);
  expect((await alias.json()).error.details).toContainEqual(expect.objectContaining({ suggestion: "applicationId" }));

  const outage = await request.get("/sandbox/throttle/api/v1/carts", {
    headers: { ...auth, "x-sandbox-simulate": "503" },
  });
  expect(outage.status()).toBe(503);
  expect(outage.headers()["retry-after"]).toBe("1");
  expect((await outage.json()).error.code).toBe("service_unavailable");
});

test("a PQC import and report download over HTTP", async ({ request }) => {
  const { data } = await (await request.post("/sandbox/keys", { data: { product: "pqc" } })).json();
  const auth = { authorization: `Bearer ${data.apiKey}` };
  const csv = "hostname,system,protocol,algorithm,keySize\nvpn-07.corp.example,Branch VPN,IPsec,DH-2048,2048\n";
  const imported = await request.post("/sandbox/pqc/v1/pqc/inventory/imports", {
    headers: auth,
    multipart: { file: { name: "inventory.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  expect(imported.status()).toBe(201);
  expect((await imported.json()).imported).toBe(1);
  const report = await request.get("/sandbox/pqc/v1/pqc/reports/inventory?format=csv", { headers: auth });
  expect(report.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(report.headers()["content-disposition"]).toMatch(/^attachment; filename="pqc-inventory-/);
  expect((await report.text()).split("\r\n").filter(Boolean)).toHaveLength(1 + 260 + 1);
});

test.describe("requests off the documents", () => {
  test.use({
    undocumentedRequests: [{ path: /^\/sandbox\/nowhere$/, reason: "an unknown route, which no document can list" }],
  });

  test("bad input over HTTP gets the envelope, never a stack trace", async ({ request }) => {
    const broken = await request.post("/sandbox/keys", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(broken.status()).toBe(400);
    const text = await broken.text();
    expect(JSON.parse(text).error.code).toBe("invalid_json");
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    const unknown = await request.get("/sandbox/nowhere");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });
});
