import { parseWith, readForm, readJson, readQuery } from "@portico/http/body";
import type { CursorCodec } from "@portico/http/cursor";
import { ApiError, notFound } from "@portico/http/errors";
import { json } from "@portico/http/respond";
import { FeedbackExportQuery, FeedbackListQuery, FeedbackStatusChange } from "@portico/schemas/feedback";
import type { Context } from "hono";
import { feedbackToCsv } from "../feedback-csv.ts";
import type { FeedbackDeps, FeedbackEnv } from "../feedback-env.ts";
import { exportFeedback, feedbackStats, findFeedback, listFeedback, updateFeedbackStatus } from "../feedback-store.ts";
import { formToRequest, isForm } from "../form-fields.ts";

type Deps = Pick<FeedbackDeps, "store" | "now">;
type AdminContext = Context<FeedbackEnv, "/admin/feedback/:id">;

/** `GET /api/admin/feedback`: one page of the list, newest first, filtered, with a cursor. */
export function listFeedbackHandler({ store }: Deps, codec: () => Promise<CursorCodec>) {
  return async (c: Context<FeedbackEnv>) => {
    const page = await listFeedback(store, await codec(), readQuery(c, FeedbackListQuery));
    return json(c, { data: page.items, meta: { pagination: page.pagination } });
  };
}

/** `GET /api/admin/feedback/export`: every matching item as a CSV download. */
export function exportCsv({ store, now }: Deps) {
  return async (c: Context<FeedbackEnv>) => {
    const filters = readQuery(c, FeedbackExportQuery);
    const filename = `portico-feedback-${now().toISOString().slice(0, 10)}.csv`;
    return c.body(feedbackToCsv(await exportFeedback(store, filters)), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    });
  };
}

/** `GET /api/admin/feedback/stats`: helpful and not helpful per page and day, under the list's filters. */
export function statsHandler({ store }: Deps) {
  return async (c: Context<FeedbackEnv>) =>
    json(c, {
      data: await feedbackStats(store, readQuery(c, FeedbackExportQuery)),
      meta: { requestId: c.get("requestId") },
    });
}

/** `GET /api/admin/feedback/:id`: one item. */
export function getFeedbackHandler({ store }: Deps) {
  return async (c: AdminContext) => {
    const item = await findFeedback(store, c.req.param("id"));
    if (!item) throw notFound(`Feedback ${c.req.param("id")}`);
    return json(c, { data: item, meta: { requestId: c.get("requestId") } });
  };
}

async function changeStatus({ store, now }: Deps, id: string, input: unknown) {
  const item = await updateFeedbackStatus(store, id, parseWith(FeedbackStatusChange, input), now());
  if (!item) throw notFound(`Feedback ${id}`);
  return item;
}

/** `PATCH /api/admin/feedback/:id`: a new status and note, as JSON. */
export function patchFeedback(deps: Deps) {
  return async (c: AdminContext) => {
    const data = await changeStatus(deps, c.req.param("id"), await readJson(c, FeedbackStatusChange));
    return json(c, { data, meta: { requestId: c.get("requestId") } });
  };
}

/** `POST /api/admin/feedback/:id`: the admin's HTML form makes the same change, then goes back to the item. */
export function postFeedbackStatusForm(deps: Deps) {
  return async (c: AdminContext) => {
    if (!isForm(c)) throw new ApiError(415, "unsupported_media_type", "Use PATCH with JSON, or submit the admin form");
    const id = c.req.param("id");
    await changeStatus(deps, id, formToRequest(await readForm(c)));
    return c.redirect(`/admin/feedback/${id}?saved=1`, 303);
  };
}
