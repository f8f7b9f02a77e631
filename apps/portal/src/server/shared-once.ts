/**
 * `open()`, run once and shared by every caller, except that a rejection is not kept: the callers
 * waiting on it get the error and the next call tries again. A database that was down when the
 * first request came must not leave the process broken after it is back.
 */
export function sharedOnce<T>(open: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = open();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
