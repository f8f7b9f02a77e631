// Plain constants of the feedback form, free of Zod, so the form island on every docs page
// ships none of the schema code.
export const FEEDBACK_CATEGORIES = ["incorrect", "unclear", "missing_information", "broken_example", "other"] as const;

/** Human labels for the categories, as the form and the admin show them. */
export const CATEGORY_LABELS: Record<(typeof FEEDBACK_CATEGORIES)[number], string> = {
  incorrect: "Incorrect",
  unclear: "Unclear",
  missing_information: "Missing information",
  broken_example: "Broken example",
  other: "Other",
};

/** How feedback arrives: the form on every docs page, or an assistant through Portico's MCP server. */
export const FEEDBACK_CHANNELS = ["form", "mcp"] as const;

export const FEEDBACK_STATUSES = ["new", "triaged", "resolved", "wont_fix"] as const;

/** Human labels for the statuses, as the admin shows them. */
export const STATUS_LABELS: Record<(typeof FEEDBACK_STATUSES)[number], string> = {
  new: "New",
  triaged: "Triaged",
  resolved: "Resolved",
  wont_fix: "Won't fix",
};

/** Longest comment a reader may send. */
export const MAX_COMMENT_LENGTH = 2000;

/** Name of the admin's http-only session cookie. */
export const ADMIN_SESSION_COOKIE = "portico_admin";
