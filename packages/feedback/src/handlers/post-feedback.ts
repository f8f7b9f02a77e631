import { parseWith, readJson } from "@portico/http/body";
import { ApiError } from "@portico/http/errors";
import { json } from "@portico/http/respond";
import { FeedbackCreateRequest } from "@portico/schemas/feedback";
import type { Context } from "hono";
import { v7 as uuidv7 } from "uuid";
import type { FeedbackDeps, FeedbackEnv } from "../feedback-env.ts";
import { createFeedback } from "../feedback-store.ts";

/**
 * `POST /api/feedback`: stores a reader's feedback on a page that exists. JSON gets the receipt
 * (201); a form post goes back to the page's `#feedback-sent` confirmation (303).
 */
export function postFeedback({ store, findPage, now }: Pick<FeedbackDeps, "store" | "findPage" | "now">) {
  return async (c: Context<FeedbackEnv>) => {
    const fields = c.get("formFields");
    const request =
      fields === undefined ? await readJson(c, FeedbackCreateRequest) : parseWith(FeedbackCreateRequest, fields);
    const page = await findPage(request.pagePath);
    if (!page) {
      throw new ApiError(400, "validation_error", "Request body validation failed", [
        { field: "pagePath", code: "not_found", message: `No Portico page at ${request.pagePath}` },
      ]);
    }
    const at = now();
    const id = uuidv7();
    // A filled honeypot is a bot: answer as if stored, store nothing.
    if (!request.website) {
      const channel = c.env?.channel === "mcp" ? "mcp" : "form";
      await createFeedback(store, { id, request, page, clientHash: c.get("clientHash"), channel, at });
    }
    if (fields !== undefined) return c.redirect(`${request.pagePath}#feedback-sent`, 303);
    return json(
      c,
      { data: { id, status: "new", createdAt: at.toISOString() }, meta: { requestId: c.get("requestId") } },
      201,
    );
  };
}
