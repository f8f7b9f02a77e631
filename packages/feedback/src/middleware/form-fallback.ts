import { readForm } from "@portico/http/body";
import { ApiError } from "@portico/http/errors";
import { createMiddleware } from "hono/factory";
import { type FallbackValues, renderFallbackPage } from "../fallback-page.ts";
import type { FeedbackEnv } from "../feedback-env.ts";
import { formToRequest, isForm } from "../form-fields.ts";

interface Envelope {
  error: { message: string; details?: { message: string; field?: string }[] };
}

/**
 * For a form post without JavaScript, turns any refusal further down the chain into an HTML page
 * with the reasons and the form refilled; JSON requests keep the error envelope.
 */
export const formFallback = createMiddleware<FeedbackEnv>(async (c, next) => {
  if (!isForm(c)) return next();
  try {
    await next();
    // Hono's compose hands a downstream throw to onError, so refusals arrive as an envelope.
    if (c.res.status < 400) return;
    const { error } = (await c.res.clone().json()) as Envelope;
    throw new ApiError(c.res.status, "validation_error", error.message, error.details as never);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const messages = error.details?.length
      ? error.details.map((d) => ("field" in d && d.field ? `${d.field}: ${d.message}` : d.message))
      : [error.message];
    const values = (c.get("formFields") ?? {}) as unknown as FallbackValues;
    c.res = c.html(await renderFallbackPage(messages, values), error.status as 400);
  }
});

/** Reads a form post once into `formFields`, where the handler and the fallback page find it. */
export const readFeedbackForm = createMiddleware<FeedbackEnv>(async (c, next) => {
  if (isForm(c)) c.set("formFields", formToRequest(await readForm(c)));
  await next();
});
