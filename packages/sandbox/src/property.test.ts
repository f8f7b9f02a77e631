import { sha256 } from "@portico/http/hash";
import { ErrorEnvelope, RequestId } from "@portico/schemas/common";
import { documentedProblems, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { buildOpenApiDocument } from "@portico/schemas/openapi";
import { operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import type { Engine } from "@portico/store/testing";
import fc from "fast-check";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, expect, it } from "vitest";
import { exampleRequests } from "./example-requests.ts";
import {
  type Credentials,
  exampleRequest,
  type GeneratedRequest,
  requestFor,
  type Target,
  withFreshKey,
} from "./property-requests.ts";
import { createTestSandbox, type TestSandbox } from "./testing.ts";

/** Requests per run: at least 2,000 (the issue's floor); `PORTICO_PROPERTY_RUNS` may ask for more. */
const RUNS = Math.max(2000, Number(process.env.PORTICO_PROPERTY_RUNS ?? 0) || 0);
/** SQLite in the test command; `PORTICO_PROPERTY_ENGINE=postgres` sends the same traffic to PostgreSQL. */
const ENGINE: Engine = process.env.PORTICO_PROPERTY_ENGINE === "postgres" ? "postgres" : "sqlite";
const SEED = process.env.PORTICO_PROPERTY_SEED
  ? Number(process.env.PORTICO_PROPERTY_SEED)
  : Math.floor(Math.random() * 2 ** 31);

let sandbox: TestSandbox;
const targets: Target[] = [];
const credentials = new Map<ProductId, Credentials>();
const documents = new Map<ProductId, OpenApiDocument>();

/** The first cursor anywhere in a list's answer (`meta.pagination.cursor`, `nextCursor`). */
function cursorIn(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const [field, inner] of Object.entries(value)) {
    if (/^(cursor|nextCursor)$/.test(field) && typeof inner === "string") return inner;
    const found = cursorIn(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

beforeAll(async () => {
  // Provisioning is an operation like any other here: its per-client limit would answer every
  // later createSandboxKey with 429 (documented, but then its success is never exercised).
  sandbox = await createTestSandbox(ENGINE, {
    provisionsPer10Minutes: 1_000_000,
    provisionsOverallPer10Minutes: 1_000_000,
  });
  const own = await exampleRequests(sandbox);
  const other = await exampleRequests(sandbox);
  const cursors: string[] = [];
  for (const [index, product] of PRODUCT_IDS.entries()) {
    const restricted = await sandbox.apiKey(product);
    await sandbox.store.db
      .updateTable("apiKeys")
      .set({ kind: "publishable", scopes: "" })
      .where("keyHash", "=", sha256(restricted))
      .execute();
    const expired = await sandbox.apiKey(product);
    await sandbox.store.db
      .updateTable("sandboxes")
      .set({ expiresAt: new Date(0).toISOString() })
      .where("id", "=", (db) => db.selectFrom("apiKeys").select("sandboxId").where("keyHash", "=", sha256(expired)))
      .execute();
    const next = PRODUCT_IDS[(index + 1) % PRODUCT_IDS.length] ?? product;
    credentials.set(product, {
      own: own.keys.get(product) ?? "",
      foreignSandbox: other.keys.get(product) ?? "",
      restricted,
      otherProduct: own.keys.get(next) ?? "",
      expired,
    });
    documents.set(product, JSON.parse(JSON.stringify(buildOpenApiDocument(product))));
    for (const op of operationsOf(product)) {
      const target: Target = {
        product,
        op,
        own: own.request(product, op),
        foreign: other.request(product, op),
        // Every list's cursors, filled in below: one list's cursor is refused by another.
        cursors,
      };
      if (op.query && "cursor" in op.query.shape) {
        // A real cursor of each sandbox's walk: one to continue, one another key must not use.
        for (const requests of [own, other]) {
          const { path } = requests.request(product, op);
          const page = await sandbox.call("GET", `${path}${path.includes("?") ? "&" : "?"}limit=1`, {
            key: requests.keys.get(product),
          });
          const cursor = cursorIn(page.json);
          if (cursor !== undefined) cursors.push(cursor);
        }
      }
      targets.push(target);
    }
  }
});
afterAll(async () => {
  await sandbox?.close();
});

function keysOf(target: Target): Credentials {
  const keys = credentials.get(target.product);
  if (!keys) throw new Error(`no keys for ${target.product}`);
  return keys;
}

interface Sent {
  request: GeneratedRequest;
  headers: Record<string, string>;
  status: number;
  responseHeaders: Headers;
  text: string;
}

/** Sends `request` (twice at once when it asks for two copies, with one Idempotency-Key) and reads each answer. */
async function send(request: GeneratedRequest): Promise<Sent[]> {
  const headers = withFreshKey(request.headers, () => `property-${uuidv7()}`);
  let body: string | FormData | undefined;
  if (typeof request.body === "string") body = request.body;
  else if (request.body) {
    const form = new FormData();
    for (const part of request.body) {
      if (part.filename === undefined) form.append(part.name, part.value);
      else form.append(part.name, new File([part.value], part.filename, { type: "text/csv" }));
    }
    body = form;
  }
  const once = async (): Promise<Sent> => {
    const url = `http://sandbox.test/sandbox${request.path}`;
    // The harness's fetch: it too holds the answer to the served document, and counts it.
    const response = await sandbox.fetch(url, { method: request.method, headers, body });
    return {
      request,
      headers,
      status: response.status,
      responseHeaders: response.headers,
      text: await response.text(),
    };
  };
  return Promise.all(Array.from({ length: request.copies }, once));
}

/**
 * What is wrong with one answer: a 5xx nobody asked for, a missing or wrong request id, an error
 * outside the envelope, or anything the served document does not describe exactly.
 */
function problemsOf({ request, headers, status, responseHeaders, text }: Sent): string[] {
  const problems: string[] = [];
  const op = targets.find((t) => t.product === request.product && t.op.operationId === request.operationId)?.op;
  const simulated = op?.authenticated !== false && headers["x-sandbox-simulate"]?.trim() === String(status);
  if (status >= 500 && !simulated) problems.push(`${status} without X-Sandbox-Simulate asking for it`);

  const requestId = responseHeaders.get("x-request-id");
  if (requestId === null || !RequestId.safeParse(requestId).success) {
    problems.push(`X-Request-Id ${JSON.stringify(requestId)} is missing or malformed`);
  }
  const sentId = headers["x-request-id"]?.trim();
  const replayed = responseHeaders.get("idempotent-replayed") === "true";
  if (sentId !== undefined && RequestId.safeParse(sentId).success && !replayed && requestId !== sentId) {
    problems.push(`X-Request-Id ${requestId} does not echo the valid ${sentId} the client sent`);
  }

  let json: unknown;
  if (/json/.test(responseHeaders.get("content-type") ?? "")) {
    try {
      json = JSON.parse(text);
    } catch {
      problems.push("a JSON response whose body is not JSON");
    }
  }
  if (status >= 400 && !ErrorEnvelope.safeParse(json).success) {
    problems.push(`a ${status} outside the error envelope: ${text.slice(0, 200)}`);
  }
  const body = (json ?? {}) as { meta?: { requestId?: unknown }; requestId?: unknown };
  const echoed = body.meta?.requestId ?? body.requestId;
  if (echoed !== undefined && echoed !== requestId) {
    problems.push(`the body's requestId ${JSON.stringify(echoed)} is not the X-Request-Id ${requestId}`);
  }

  const document = documents.get(request.product);
  if (!document) problems.push(`no document for ${request.product}`);
  else
    problems.push(
      ...documentedProblems(document, request.method, `/sandbox${request.path}`, status, responseHeaders, text),
    );
  return problems;
}

it(`${RUNS} generated requests across every operation of every sandbox: no unasked 5xx, every error in the envelope with a request id, every answer as documented`, async () => {
  console.log(
    `property test: seed ${SEED}, ${RUNS} generated requests (PORTICO_PROPERTY_SEED=${SEED} replays this run)`,
  );
  const statuses = new Map<string, Map<number, number>>();
  const arbitrary = fc.oneof(...targets.map((target) => requestFor(target, keysOf(target))));
  const examples = targets.map((target): [GeneratedRequest] => [exampleRequest(target, keysOf(target))]);
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (request) => {
      for (const sent of await send(request)) {
        const name = `${request.product} ${request.operationId}`;
        const seen = statuses.get(name) ?? new Map<number, number>();
        seen.set(sent.status, (seen.get(sent.status) ?? 0) + 1);
        statuses.set(name, seen);
        const problems = problemsOf(sent);
        if (problems.length > 0) {
          throw new Error(`answered ${sent.status}:\n  ${problems.join("\n  ")}\n  body: ${sent.text.slice(0, 300)}`);
        }
      }
    }),
    // The examples come first and may count towards numRuns: RUNS generated requests either way.
    { seed: SEED, numRuns: RUNS + examples.length, examples },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const lines = [...statuses].map(
    ([name, seen]) =>
      `  ${name}: ${[...seen]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(" ")}`,
  );
  const answered = [...statuses.values()].reduce((sum, seen) => sum + [...seen.values()].reduce((a, b) => a + b, 0), 0);
  console.log(
    `property test: ${examples.length} examples and ${RUNS} generated requests, ${answered} answers (copies sent at once included) in ${seconds} s\n${lines.join("\n")}`,
  );

  // Every operation was answered with success (its example, at least) and refused.
  for (const target of targets) {
    const seen = [...(statuses.get(`${target.product} ${target.op.operationId}`)?.keys() ?? [])];
    expect(
      seen.some((status) => status < 300),
      `${target.op.operationId} succeeded at least once`,
    ).toBe(true);
    expect(
      seen.some((status) => status >= 400 && status < 500),
      `${target.op.operationId} was refused`,
    ).toBe(true);
  }
}, 180_000);
