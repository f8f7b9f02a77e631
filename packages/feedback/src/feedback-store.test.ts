import { cursorCodecFromStore } from "@portico/http/cursor";
import type { FeedbackCreateRequest } from "@portico/schemas/feedback";
import type { Store } from "@portico/store";
import { createTestStore, postgresUnavailable } from "@portico/store/testing";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFeedback,
  exportFeedback,
  feedbackStats,
  findFeedback,
  listFeedback,
  updateFeedbackStatus,
} from "./feedback-store.ts";

const pgSkip = await postgresUnavailable();

/** [pagePath, createdAt, helpful, category]: four pages over three days, both sides of midnight. */
const SUBMISSIONS: [string, string, boolean, FeedbackCreateRequest["category"]][] = [
  ["/alpha/one", "2026-03-01T08:00:00.000Z", true, undefined],
  ["/alpha/one", "2026-03-01T12:00:00.000Z", false, "incorrect"],
  ["/alpha/one", "2026-03-01T23:59:59.999Z", false, "missing_information"],
  ["/alpha/one", "2026-03-03T00:00:00.000Z", true, "other"],
  ["/alpha/two", "2026-03-02T00:00:00.000Z", false, "unclear"],
  ["/alpha/two", "2026-03-03T10:00:00.000Z", false, "broken_example"],
  ["/alpha/two", "2026-03-03T11:00:00.000Z", false, "incorrect"],
  ["/beta/three", "2026-03-01T09:00:00.000Z", true, undefined],
  ["/gamma/four", "2026-03-02T15:00:00.000Z", false, "unclear"],
  ["/gamma/four", "2026-03-02T16:00:00.000Z", false, undefined],
];

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`feedback store on ${engine}`, () => {
    let store: Store;
    const ids: string[] = [];
    beforeAll(async () => {
      store = await createTestStore(engine);
      for (const [pagePath, at, helpful, category] of SUBMISSIONS) {
        const id = uuidv7();
        ids.push(id);
        await createFeedback(store, {
          id,
          request: { pagePath, helpful, ...(category ? { category } : {}) },
          page: { product: pagePath.split("/")[1] ?? "", version: "v1" },
          clientHash: "0".repeat(64),
          channel: "form",
          at: new Date(at),
        });
      }
    });
    afterAll(() => store.close());

    it("counts helpful and not helpful per page and UTC day, pages ranked by no, then by path", async () => {
      expect(await feedbackStats(store)).toEqual([
        {
          pagePath: "/alpha/two",
          yes: 0,
          no: 3,
          days: [
            ["2026-03-02", 0, 1],
            ["2026-03-03", 0, 2],
          ],
        },
        {
          pagePath: "/alpha/one",
          yes: 2,
          no: 2,
          days: [
            ["2026-03-01", 1, 2],
            ["2026-03-03", 1, 0],
          ],
        },
        { pagePath: "/gamma/four", yes: 0, no: 2, days: [["2026-03-02", 0, 2]] },
        { pagePath: "/beta/three", yes: 1, no: 0, days: [["2026-03-01", 1, 0]] },
      ]);
    });

    it("counts only what the list's filters match", async () => {
      expect(await feedbackStats(store, { product: "alpha", from: "2026-03-02", helpful: "false" })).toEqual([
        {
          pagePath: "/alpha/two",
          yes: 0,
          no: 3,
          days: [
            ["2026-03-02", 0, 1],
            ["2026-03-03", 0, 2],
          ],
        },
      ]);
      expect(await feedbackStats(store, { category: "unclear", to: "2026-03-02" })).toEqual([
        { pagePath: "/alpha/two", yes: 0, no: 1, days: [["2026-03-02", 0, 1]] },
        { pagePath: "/gamma/four", yes: 0, no: 1, days: [["2026-03-02", 0, 1]] },
      ]);
    });

    it("answers an empty table with no pages", async () => {
      const empty = await createTestStore(engine);
      try {
        expect(await feedbackStats(empty)).toEqual([]);
      } finally {
        await empty.close();
      }
    });

    it("lists newest first by pages, with filters, and exports oldest first", async () => {
      const codec = await cursorCodecFromStore(store)();
      const first = await listFeedback(store, codec, { limit: 4 });
      expect(first.items.map((item) => item.id)).toEqual(ids.slice(-4).reverse());
      expect(first.pagination).toMatchObject({ hasMore: true, limit: 4 });
      const rest = await listFeedback(store, codec, { limit: 10, cursor: first.pagination.cursor ?? "" });
      expect(rest.items.map((item) => item.id)).toEqual(ids.slice(0, -4).reverse());
      expect(rest.pagination).toEqual({ cursor: null, hasMore: false, limit: 10 });

      const filtered = await listFeedback(store, codec, { category: "incorrect", helpful: "false" });
      expect(filtered.items.map((item) => [item.pagePath, item.createdAt])).toEqual([
        ["/alpha/two", "2026-03-03T11:00:00.000Z"],
        ["/alpha/one", "2026-03-01T12:00:00.000Z"],
      ]);
      const oneDay = await exportFeedback(store, { from: "2026-03-01", to: "2026-03-01" });
      expect(oneDay.map((item) => item.createdAt)).toEqual([
        "2026-03-01T08:00:00.000Z",
        "2026-03-01T12:00:00.000Z",
        "2026-03-01T23:59:59.999Z",
        "2026-03-01T09:00:00.000Z",
      ]);
      expect((await exportFeedback(store, { product: "gamma" })).map((item) => item.id)).toEqual(ids.slice(-2));
    });

    it("changes status and note, stamping the time it is given", async () => {
      const id = ids[0] ?? "";
      const at = new Date("2026-03-05T07:00:00.000Z");
      const updated = await updateFeedbackStatus(store, id, { status: "triaged", note: "Looking." }, at);
      expect(updated).toMatchObject({ id, status: "triaged", note: "Looking.", updatedAt: at.toISOString() });
      expect(await findFeedback(store, id)).toEqual(updated);
      const missing = "0190a5d0-0000-7000-8000-000000000000";
      expect(await updateFeedbackStatus(store, missing, { status: "resolved" }, at)).toBeUndefined();
      expect(await findFeedback(store, missing)).toBeUndefined();
    });
  });
}
