import { z } from "zod";
import { Cursor, PageLimit, ResponseMeta, UuidV7 } from "./common.ts";
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, MAX_COMMENT_LENGTH } from "./feedback-constants.ts";

export const FeedbackCategory = z.enum(FEEDBACK_CATEGORIES);
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES);

/** Body of `POST /api/feedback`. `website` is a honeypot: people leave it empty, bots fill it. */
export const FeedbackCreateRequest = z
  .strictObject({
    pagePath: z
      .string()
      .regex(/^\/[a-z0-9/_-]*$/, "must be the path of a Portico page")
      .max(200),
    helpful: z.boolean(),
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).optional(),
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
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Feedback" });
export type Feedback = z.infer<typeof Feedback>;

/** What a reader gets back: enough to quote, nothing they did not send. */
export const FeedbackReceipt = z.strictObject({
  data: z.strictObject({ id: UuidV7, status: FeedbackStatus, createdAt: z.iso.datetime({ offset: true }) }),
  meta: ResponseMeta,
});

/** Body of `PATCH /api/admin/feedback/{id}`. */
export const FeedbackStatusChange = z.strictObject({
  status: FeedbackStatus,
  note: z.string().trim().max(MAX_COMMENT_LENGTH).optional(),
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

/** Schemas of the feedback API, addressable as `feedback.<Name>` in content. */
export const schemas = { FeedbackCreateRequest, FeedbackReceipt, Feedback, FeedbackStatusChange } satisfies Record<
  string,
  z.ZodType
>;
