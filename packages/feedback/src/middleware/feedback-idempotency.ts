import { idempotency } from "@portico/http/idempotency";
import type { Store } from "@portico/store";
import type { FeedbackEnv } from "../feedback-env.ts";

/**
 * Idempotency-Key on `POST /api/feedback`, scoped to the submitting client's hash. The prefix keeps
 * these keys apart from the sandbox's API-key scopes in the shared table, and matches the keys
 * stored before the scope became a function.
 */
export const feedbackIdempotency = (store: Store, now: () => Date) =>
  idempotency<FeedbackEnv>({ store, now, scope: (c) => `feedback:${c.get("clientHash")}` });
