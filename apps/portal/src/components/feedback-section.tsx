import { FeedbackForm } from "./feedback-form.client";

/**
 * The `#feedback` section at the foot of every docs page. `#feedback-sent` is where a plain
 * form post returns; CSS shows its confirmation only when it is the target, no script needed.
 */
export function FeedbackSection({ pagePath }: { pagePath: string }) {
  return (
    <section id="feedback" className="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title" className="feedback__title">
        Feedback
      </h2>
      <p id="feedback-sent" className="feedback__sent" role="status">
        Thank you: your feedback reached the writers.
      </p>
      <FeedbackForm pagePath={pagePath} />
    </section>
  );
}
