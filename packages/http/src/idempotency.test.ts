import type { Store } from "@portico/store";
import { createTestStore, postgresUnavailable } from "@portico/store/testing";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpEnv } from "./context.ts";
import { ApiError } from "./errors.ts";
import { idempotency } from "./idempotency.ts";
import { requestId } from "./request-id.ts";
import { errorResponse, json } from "./respond.ts";

const pgSkip = await postgresUnavailable();

/** A one-route app whose callers name themselves in `X-Caller`; it counts the requests it runs. */
function thingsApp(store: Store) {
  const state = { runs: 0, hold: undefined as Promise<void> | undefined };
  const app = new Hono<HttpEnv>();
  app.use(
    requestId,
    idempotency<HttpEnv>({ store, now: () => new Date(), scope: (c) => c.req.header("x-caller") ?? "" }),
  );
  app.post("/things", async (c) => {
    const body = await c.req.json<{ name?: string }>();
    if (!body.name) throw new ApiError(400, "validation_error", "name is required");
    state.runs++;
    await state.hold;
    return json(c, { data: { run: state.runs, name: body.name }, meta: { requestId: c.get("requestId") } }, 201);
  });
  // Writes a setting, then fails when asked to: the write must not outlive the failure.
  app.post("/settings", async (c) => {
    const body = await c.req.json<{ key: string; fail?: boolean }>();
    state.runs++;
    await store.db.insertInto("settings").values({ key: body.key, value: "written" }).execute();
    if (body.fail) throw new Error("the handler failed after writing");
    return json(c, { data: { key: body.key } }, 201);
  });
  app.onError((error, c) => (error instanceof ApiError ? errorResponse(c, error) : c.text("unexpected", 500)));
  /** Posts `body`, a value sent as JSON or a string sent as it is, with `type` as its media type. */
  const post = async (key: string, body: unknown, caller = "alice", type = "application/json", path = "/things") => {
    const response = await app.request(path, {
      method: "POST",
      headers: { "content-type": type, "idempotency-key": key, "x-caller": caller },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  return { state, post };
}

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`idempotency middleware on ${engine}`, () => {
    let store: Store;
    let things: ReturnType<typeof thingsApp>;
    beforeAll(async () => {
      store = await createTestStore(engine);
      things = thingsApp(store);
    });
    afterAll(() => store.close());

    it("runs a request once and replays its response for the same key and body", async () => {
      const before = things.state.runs;
      const first = await things.post("k1", { name: "a" });
      const again = await things.post("k1", { name: "a" });
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.text).toBe(first.text);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      expect(again.headers.get("x-request-id")).toBe(first.headers.get("x-request-id"));
      expect(things.state.runs).toBe(before + 1);
    });

    it("refuses the same key with another body, running nothing", async () => {
      await things.post("k2", { name: "a" });
      const before = things.state.runs;
      const other = await things.post("k2", { name: "b" });
      expect(other.status).toBe(422);
      expect(JSON.parse(other.text).error.code).toBe("idempotency_key_reused");
      expect(things.state.runs).toBe(before);
    });

    it("compares JSON bodies by value: other key order and whitespace replay, another value is refused", async () => {
      const first = await things.post("k-json", '{"name":"a","tags":{"x":1,"y":[1,2]}}');
      const before = things.state.runs;
      const reordered = await things.post("k-json", '{ "tags" : { "y": [ 1, 2 ], "x": 1.0 },\n  "name": "a" }\n');
      expect([first.status, reordered.status]).toEqual([201, 201]);
      expect(reordered.headers.get("idempotent-replayed")).toBe("true");
      expect(reordered.text).toBe(first.text);
      const other = await things.post("k-json", '{"tags":{"x":1,"y":[2,1]},"name":"a"}');
      expect([other.status, JSON.parse(other.text).error.code]).toEqual([422, "idempotency_key_reused"]);
      expect(things.state.runs).toBe(before);
    });

    it("compares a body of any other media type byte for byte", async () => {
      await things.post("k-text", '{"name":"a"}', "alice", "text/plain");
      const spaced = await things.post("k-text", '{ "name": "a" }', "alice", "text/plain");
      expect(spaced.status).toBe(422);
    });

    it("keeps each scope's keys apart", async () => {
      const mine = await things.post("k3", { name: "a" }, "alice");
      const theirs = await things.post("k3", { name: "a" }, "bob");
      expect([mine.status, theirs.status]).toEqual([201, 201]);
      expect(theirs.headers.get("idempotent-replayed")).toBeNull();
      expect(theirs.text).not.toBe(mine.text);
    });

    it("forgets a failure so the key can be used again", async () => {
      expect((await things.post("k4", {})).status).toBe(400);
      const fixed = await things.post("k4", { name: "a" });
      expect(fixed.status).toBe(201);
      expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    });

    it("commits the handler's writes with the stored outcome: a failure after a write leaves neither", async () => {
      const setting = (key: string) =>
        store.db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
      const record = () =>
        store.db.selectFrom("idempotencyKeys").select("state").where("key", "=", "k-atomic").executeTakeFirst();
      const failed = await things.post("k-atomic", { key: "atomic", fail: true }, "alice", undefined, "/settings");
      expect(failed.status).toBe(500);
      expect([await setting("atomic"), await record()]).toEqual([undefined, undefined]);
      const done = await things.post("k-atomic", { key: "atomic" }, "alice", undefined, "/settings");
      expect(done.status).toBe(201);
      expect([await setting("atomic"), await record()]).toEqual([{ value: "written" }, { state: "done" }]);
    });

    it("runs a request whose key an earlier version left running (it crashed) at once, not after a wait", async () => {
      await store.db
        .insertInto("idempotencyKeys")
        .values({
          apiKeyId: "alice",
          key: "k-left-running",
          fingerprint: "whatever the crashed request was",
          state: "running",
          status: null,
          headers: null,
          body: null,
          createdAt: new Date().toISOString(),
        })
        .execute();
      const before = things.state.runs;
      const first = await things.post("k-left-running", { name: "a" });
      const again = await things.post("k-left-running", { name: "a" });
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(things.state.runs).toBe(before + 1);
    });

    it("answers 409 while the first request is running, and runs exactly one of 20", async () => {
      let release = () => {};
      things.state.hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const before = things.state.runs;
      const first = things.post("k5", { name: "a" });
      while (things.state.runs === before) await new Promise((resolve) => setTimeout(resolve, 5));
      const others = await Promise.all(Array.from({ length: 19 }, () => things.post("k5", { name: "a" })));
      release();
      things.state.hold = undefined;
      for (const other of others) {
        expect(other.status).toBe(409);
        expect(JSON.parse(other.text).error.code).toBe("idempotency_key_in_use");
        expect(other.headers.get("retry-after")).toBe("1");
      }
      expect((await first).status).toBe(201);
      expect(things.state.runs).toBe(before + 1);
    });
  });
}
