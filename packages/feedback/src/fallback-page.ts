import { CATEGORY_LABELS, FEEDBACK_CATEGORIES, MAX_COMMENT_LENGTH } from "@portico/schemas/feedback-constants";
import { html } from "hono/html";

export interface FallbackValues {
  pagePath: string;
  helpful?: string;
  comment?: string;
  category?: string;
  email?: string;
  anchor?: string;
}

const checked = (on: boolean) => (on ? html` checked` : "");
const selected = (on: boolean) => (on ? html` selected` : "");

/**
 * The page a form post without JavaScript gets when its feedback is refused: what went wrong and
 * the form again with everything the reader typed. Hono's `html` escapes every interpolated
 * value, so the reader's text stays text.
 */
export async function renderFallbackPage(messages: string[], values: FallbackValues): Promise<string> {
  // Only a Portico path may become a link or a hidden field: never a javascript: or foreign URL.
  const pagePath = /^\/[a-z0-9/_-]*$/.test(values.pagePath ?? "") ? values.pagePath : "/";
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your feedback was not sent · Portico</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Your feedback was not sent</h1>
<div role="alert">
<p>Please fix the following and send it again:</p>
<ul>${messages.map((message) => html`<li>${message}</li>`)}</ul>
</div>
<form method="post" action="/api/feedback">
<input type="hidden" name="pagePath" value="${pagePath}">
${values.anchor ? html`<input type="hidden" name="anchor" value="${values.anchor}">` : ""}
<fieldset>
<legend>Was this page helpful?</legend>
<label><input type="radio" name="helpful" value="yes" required${checked(values.helpful === "yes")}> Yes</label>
<label><input type="radio" name="helpful" value="no"${checked(values.helpful === "no")}> No</label>
</fieldset>
<p><label>What could be better? (optional)<br>
<textarea name="comment" maxlength="${MAX_COMMENT_LENGTH}" rows="5" cols="60">${values.comment ?? ""}</textarea></label></p>
<p><label>Category
<select name="category"><option value="">Choose…</option>${FEEDBACK_CATEGORIES.map(
    (c) => html`<option value="${c}"${selected(values.category === c)}>${CATEGORY_LABELS[c]}</option>`,
  )}</select></label></p>
<p><label>Email for a reply (optional) <input type="email" name="email" value="${values.email ?? ""}"></label></p>
<button type="submit">Send feedback</button>
</form>
<p><a href="${pagePath}">Back to the page</a></p>
</main>
</body>
</html>`;
  return String(await page);
}
