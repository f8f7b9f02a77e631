import { useCallback, useEffect, useState } from "react";
import type { OperationSpec } from "@/lib/playground/operations";
import { failedOutcome, type Outcome, outcomeOf } from "@/lib/playground/outcome";
import { type Attempt, sendRecorded } from "@/lib/playground/send-recorded";

/**
 * The request in flight and the outcome on screen; a download's object URL lives as long as its
 * outcome. Sending clears the previous outcome and shows the attempts as they happen.
 */
export function useOutcome() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sending, setSending] = useState(false);
  const [attempts, setAttempts] = useState<Attempt[]>([]);

  // Runs when the outcome is replaced (a new answer, another operation) and on unmount.
  useEffect(
    () => () => {
      if (outcome?.download) URL.revokeObjectURL(outcome.download.url);
    },
    [outcome],
  );

  /** Sends and shows the outcome; resolves to the status, or undefined when no answer could be read. */
  const send = useCallback(async (op: OperationSpec, request: Request, retry: boolean) => {
    setOutcome(null);
    setAttempts([]);
    setSending(true);
    const started = performance.now();
    try {
      const sent = await sendRecorded(request, { retry, onProgress: setAttempts });
      if ("error" in sent) {
        setOutcome(failedOutcome(sent));
        return undefined;
      }
      try {
        setOutcome(await outcomeOf(op, sent));
        return sent.response.status;
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        setOutcome(failedOutcome({ error: error as Error, attempts: sent.attempts, ms }));
        return undefined;
      }
    } finally {
      setSending(false);
    }
  }, []);

  const show = useCallback((next: Outcome | null) => {
    setOutcome(next);
    setAttempts([]);
  }, []);

  return { outcome, sending, attempts: outcome?.attempts ?? attempts, send, show };
}
