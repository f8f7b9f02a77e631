import { idempotency } from "@portico/http/idempotency";
import type { Store } from "@portico/store";
import type { FeedbackEnv } from "../feedback-env.ts";

/** Idempotency-Key on `POST /api/feedback`, scoped to the submitting client's hash. */
export const feedbackIdempotency = (store: Store, now: () => Date) =>
  idempotency<FeedbackEnv>({ store, now, scope: (c) => c.get("clientHash") });
