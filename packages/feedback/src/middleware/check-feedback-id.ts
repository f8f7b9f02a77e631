import { readPathParams } from "@portico/http/body";
import { FeedbackPath } from "@portico/schemas/feedback";
import { createMiddleware } from "hono/factory";

/** A malformed `{id}` is the request's error (400 naming it), as the document's pattern says; an unknown one is 404. */
export const checkFeedbackId = createMiddleware(async (c, next) => {
  readPathParams(c, FeedbackPath);
  await next();
});
