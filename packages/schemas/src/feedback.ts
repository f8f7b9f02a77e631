import { z } from "zod";
import { Cursor, PageLimit, ResponseMeta, StoredText, Uuid, UuidV7 } from "./common.ts";
import { FEEDBACK_CATEGORIES, FEEDBACK_CHANNELS, FEEDBACK_STATUSES, MAX_COMMENT_LENGTH } from "./feedback-constants.ts";
import { EXAMPLE_IDS } from "./openapi/examples.ts";

export const FeedbackCategory = z.enum(FEEDBACK_CATEGORIES);
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES);
export const FeedbackChannel = z
  .enum(FEEDBACK_CHANNELS)
  .meta({ description: "How it arrived: `form` (a docs page's form) or `mcp` (an assistant, through `/mcp`)" });

/** Body of `POST /api/feedback`. `website` is a honeypot: people leave it empty, bots fill it. */
export const FeedbackCreateRequest = z
  .strictObject({
    pagePath: z
      .string()
      .regex(/^\/[a-z0-9/_-]*$/, "must be the path of a Portico page")
      .max(200),
    helpful: z.boolean(),
    comment: StoredText().trim().max(MAX_COMMENT_LENGTH).optional(),
    category: FeedbackCategory.optional(),
    email: z.email().max(254).optional(),
    /** Heading anchor or example id the feedback is about. */
    anchor: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "must be a heading anchor or example id")
      .max(200)
      .optional(),
    website: z.string().max(200).optional(),
  })
  .meta({ id: "FeedbackCreateRequest" });
export type FeedbackCreateRequest = z.infer<typeof FeedbackCreateRequest>;

/**
 * The same submission as the no-JavaScript form posts it: every field a string, `helpful` as
 * `yes`/`no`, empty fields left out before {@link FeedbackCreateRequest} checks the rest.
 */
export const FeedbackForm = z
  .strictObject({
    pagePath: z.string(),
    helpful: z.enum(["yes", "no"]),
    comment: z.string().optional(),
    category: z.string().optional(),
    email: z.string().optional(),
    anchor: z.string().optional(),
    website: z.string().optional(),
  })
  .meta({ id: "FeedbackForm" });

/** A stored submission as writers see it. */
export const Feedback = z
  .strictObject({
    id: UuidV7,
    pagePath: z.string(),
    product: z.string(),
    pageVersion: z.string(),
    anchor: z.string().nullable(),
    category: FeedbackCategory.nullable(),
    helpful: z.boolean(),
    comment: z.string().nullable(),
    email: z.string().nullable(),
    status: FeedbackStatus,
    note: z.string().nullable(),
    channel: FeedbackChannel,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Feedback" });
export type Feedback = z.infer<typeof Feedback>;

/** One item, as the admin API answers it. */
export const FeedbackResponse = z.strictObject({ data: Feedback, meta: ResponseMeta });

/** What a reader gets back: enough to quote, nothing they did not send. */
export const FeedbackReceipt = z.strictObject({
  data: z.strictObject({ id: UuidV7, status: FeedbackStatus, createdAt: z.iso.datetime({ offset: true }) }),
  meta: ResponseMeta,
});

/** Body of `PATCH /api/admin/feedback/{id}`. */
export const FeedbackStatusChange = z.strictObject({
  status: FeedbackStatus,
  note: StoredText().trim().max(MAX_COMMENT_LENGTH).optional(),
});

/** `{id}` of `/api/admin/feedback/{id}`: a malformed id is the request's error, an unknown one 404. */
export const FeedbackPath = z.object({
  id: Uuid.meta({ param: { example: EXAMPLE_IDS.feedback } }),
});

/** Body of `POST /api/admin/session`: the admin token, traded for a session cookie. */
export const AdminSignIn = z.strictObject({ token: z.string().min(1).max(500) }).meta({ id: "AdminSignIn" });

/** Answer of `POST /api/admin/session`: when the session cookie just set expires. */
export const AdminSession = z.strictObject({
  data: z.strictObject({ expiresAt: z.iso.datetime({ offset: true }) }),
  meta: ResponseMeta,
});

/** Filters of the admin list and export; dates are YYYY-MM-DD, inclusive. */
export const FeedbackListQuery = z.strictObject({
  limit: PageLimit.optional(),
  cursor: Cursor.optional(),
  product: z.string().max(50).optional(),
  pagePath: z.string().max(200).optional(),
  category: FeedbackCategory.optional(),
  status: FeedbackStatus.optional(),
  helpful: z.enum(["true", "false"]).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

/** Filters of the CSV export: the list's, without its paging (the export is every match). */
export const FeedbackExportQuery = FeedbackListQuery.omit({ limit: true, cursor: true });

/** One page of the admin list, newest first; `cursor` is null on the last page. */
export const FeedbackListResponse = z.strictObject({
  data: z.array(Feedback),
  meta: z.strictObject({
    pagination: z.strictObject({ cursor: Cursor.nullable(), hasMore: z.boolean(), limit: z.number().int().min(1) }),
  }),
});

const Count = z.number().int().min(0);

/** Helpful (`yes`) and not helpful (`no`) answers of one page, in total and per UTC day (`[day, yes, no]`). */
export const FeedbackPageStats = z
  .strictObject({
    pagePath: z.string(),
    yes: Count,
    no: Count,
    // Spectral's OAS ruleset wants `items` beside every array; after three `prefixItems` and with
    // `maxItems: 3` it can never apply, so it only names what the three are.
    days: z.array(z.tuple([z.iso.date(), Count, Count]).meta({ items: { type: ["string", "integer"] } })),
  })
  .meta({ id: "FeedbackPageStats" });

/** Answer of `GET /api/admin/feedback/stats`: pages ranked by how many readers said no. */
export const FeedbackStatsResponse = z.strictObject({ data: z.array(FeedbackPageStats), meta: ResponseMeta });

/** Schemas of the feedback API, addressable as `feedback.<Name>` in content. */
export const schemas = { FeedbackCreateRequest, FeedbackReceipt, Feedback, FeedbackStatusChange } satisfies Record<
  string,
  z.ZodType
>;
