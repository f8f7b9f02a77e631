import { CATEGORY_LABELS, FEEDBACK_CATEGORIES, MAX_COMMENT_LENGTH } from "@portico/schemas/feedback";
import { renderToStaticMarkup } from "react-dom/server";

export interface FallbackValues {
  pagePath: string;
  helpful?: string;
  comment?: string;
  category?: string;
  email?: string;
  anchor?: string;
}

/**
 * The page a form post without JavaScript gets when its feedback is refused: what went wrong and
 * the form again with everything the reader typed. React renders it, so their text stays text.
 */
export function renderFallbackPage(messages: string[], values: FallbackValues): string {
  const page = (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Your feedback was not sent · Portico</title>
      </head>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "40rem",
          margin: "2rem auto",
          padding: "0 1rem",
          lineHeight: 1.5,
        }}
      >
        <main>
          <h1>Your feedback was not sent</h1>
          <div role="alert">
            <p>Please fix the following and send it again:</p>
            <ul>
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
          <form method="post" action="/api/feedback">
            <input type="hidden" name="pagePath" value={values.pagePath} />
            {values.anchor ? <input type="hidden" name="anchor" value={values.anchor} /> : null}
            <fieldset>
              <legend>Was this page helpful?</legend>
              <label>
                <input type="radio" name="helpful" value="yes" defaultChecked={values.helpful === "yes"} required /> Yes
              </label>{" "}
              <label>
                <input type="radio" name="helpful" value="no" defaultChecked={values.helpful === "no"} /> No
              </label>
            </fieldset>
            <p>
              <label>
                What could be better? (optional)
                <br />
                <textarea
                  name="comment"
                  maxLength={MAX_COMMENT_LENGTH}
                  rows={5}
                  cols={60}
                  defaultValue={values.comment}
                />
              </label>
            </p>
            <p>
              <label>
                Category{" "}
                <select name="category" defaultValue={values.category ?? ""}>
                  <option value="">Choose…</option>
                  {FEEDBACK_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {CATEGORY_LABELS[c]}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <p>
              <label>
                Email for a reply (optional) <input type="email" name="email" defaultValue={values.email} />
              </label>
            </p>
            <button type="submit">Send feedback</button>
          </form>
          <p>
            <a href={values.pagePath}>Back to the page</a>
          </p>
        </main>
      </body>
    </html>
  );
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}
