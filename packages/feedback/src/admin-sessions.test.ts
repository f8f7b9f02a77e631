import { createHash } from "node:crypto";
import { expectDocumented, type OpenApiDocument } from "@portico/schemas/expect-documented";
import { buildPorticoDocument } from "@portico/schemas/openapi";
import { createTestStore } from "@portico/store/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_MS, SESSION_TTL_MS } from "./admin-sessions.ts";
import { createFeedbackApp } from "./create-feedback-app.ts";
import { SIGN_IN_LIMITS } from "./handlers/admin-session.ts";
import { harnessCounts } from "./harness-counts.ts";

const ORIGIN = "http://portal.test";
const DOCUMENT: OpenApiDocument = JSON.parse(JSON.stringify(buildPorticoDocument()));
const TOKEN = "correct-horse-battery-staple";
const START = new Date("2026-03-14T09:00:00.000Z").getTime();
const MINUTE = 60_000;

const stores: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A feedback app on `store` with `adminToken`, whose clock a test moves. */
function appOn(store: Awaited<ReturnType<typeof createTestStore>>, adminToken: string, clock: { at: number }) {
  const app = createFeedbackApp({ store, adminToken, findPage: async () => undefined, now: () => new Date(clock.at) });
  // Every answer is checked against Portico's served document, as in the app's other tests.
  return async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const response = await app.request(`${ORIGIN}/api${path}`, {
      method,
      headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.clone().text();
    expectDocumented(DOCUMENT, method, `/api${path}`, response.status, response.headers, text);
    harnessCounts.validated += 1;
    return response;
  };
}

async function setup(adminToken = TOKEN) {
  const store = await createTestStore("sqlite");
  stores.push(store);
  const clock = { at: START };
  return { store, clock, call: appOn(store, adminToken, clock) };
}

async function signIn(call: ReturnType<typeof appOn>, token = TOKEN, client = "192.0.2.1") {
  const response = await call("POST", "/admin/session", { "x-forwarded-for": client }, { token });
  const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
  return { status: response.status, cookie, response };
}

const listWith = async (call: ReturnType<typeof appOn>, cookie: string) =>
  (await call("GET", "/admin/feedback", { cookie })).status;

describe("admin sessions", () => {
  it("are all ended by a new admin token, and stored only as a keyed hash", async () => {
    const { store, clock, call } = await setup();
    const { status, cookie } = await signIn(call);
    expect(status).toBe(201);
    expect(await listWith(call, cookie)).toBe(200);

    const value = cookie.split("=")[1] ?? "";
    const rows = await store.db.selectFrom("adminSessions").select("id").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toBe(value);
    expect(rows[0]?.id).not.toBe(createHash("sha256").update(value).digest("hex"));

    // The same database, restarted with another token: the old cookie opens nothing.
    const rotated = appOn(store, "a-new-token-after-rotation", clock);
    expect(await listWith(rotated, cookie)).toBe(401);
    const patch = await rotated(
      "PATCH",
      "/admin/feedback/0193a0b3-4e5f-7a6b-8c7d-8e9f0a1b2c3d",
      { cookie, origin: ORIGIN },
      { status: "resolved" },
    );
    expect(patch.status).toBe(401);
  });

  it("end after the idle limit, and each use moves it on", async () => {
    const { clock, call } = await setup();
    const { cookie } = await signIn(call);
    clock.at += SESSION_IDLE_MS - 5 * MINUTE;
    expect(await listWith(call, cookie)).toBe(200);
    clock.at += SESSION_IDLE_MS - 5 * MINUTE;
    expect(await listWith(call, cookie)).toBe(200);
    clock.at += SESSION_IDLE_MS;
    expect(await listWith(call, cookie)).toBe(401);
  });

  it("end at the absolute limit however busy", async () => {
    const { clock, call } = await setup();
    const { cookie } = await signIn(call);
    const step = SESSION_IDLE_MS / 2;
    for (clock.at += step; clock.at < START + SESSION_TTL_MS; clock.at += step) {
      expect(await listWith(call, cookie)).toBe(200);
    }
    clock.at = START + SESSION_TTL_MS;
    expect(await listWith(call, cookie)).toBe(401);
  });
});

describe("sign-in attempts", () => {
  it("are limited per client, right token included, with Retry-After, until the window passes", async () => {
    const { call } = await setup();
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) {
      expect((await signIn(call, "wrong-token-guess")).status).toBe(401);
    }
    const refused = await signIn(call, TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.response.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    // Another client is not held back by this one's limit.
    expect((await signIn(call, TOKEN, "192.0.2.2")).status).toBe(201);
  });

  it("let a client in again once the window has passed", async () => {
    // The limiter keeps its own time (Date.now and timers), so the test moves that clock.
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    try {
      const { call } = await setup();
      for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) await signIn(call, "wrong-token-guess");
      expect((await signIn(call, TOKEN)).status).toBe(429);
      vi.advanceTimersByTime(SIGN_IN_LIMITS.windowSeconds * 1000 + 1000);
      expect((await signIn(call, TOKEN)).status).toBe(201);
    } finally {
      vi.useRealTimers();
    }
  });

  it("are limited overall, so rotating addresses does not buy more guesses", async () => {
    const { call } = await setup();
    const answers: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.overall + 5; i++) {
      answers.push((await signIn(call, "wrong-token-guess", `198.51.100.${i}`)).status);
    }
    expect(answers.filter((status) => status === 401)).toHaveLength(SIGN_IN_LIMITS.overall);
    expect(answers.slice(SIGN_IN_LIMITS.overall)).toEqual([429, 429, 429, 429, 429]);
  });
});
