import type { Context } from "hono";

/** True for a plain HTML form post (the no-JavaScript feedback form, the admin's status form). */
export const isForm = (c: Context) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(c.req.header("content-type") ?? "");

/** Form fields as the JSON body would carry them: "yes"/"no" become booleans, empty fields vanish. */
export function formToRequest(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (typeof value !== "string" || value === "") continue;
    out[key] = key === "helpful" ? (value === "yes" ? true : value === "no" ? false : value) : value;
  }
  return out;
}
