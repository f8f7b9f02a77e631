/**
 * The statuses the sandbox fakes on `X-Sandbox-Simulate`, one per retryable row of the
 * conventions' table. Kept here until `@portico/schemas/common` exports the list.
 */
export const SIMULATED_FAILURES = ["429", "500", "502", "503", "504"] as const;
