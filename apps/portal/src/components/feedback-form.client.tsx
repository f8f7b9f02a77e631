"use client";

import { CATEGORY_LABELS, FEEDBACK_CATEGORIES, MAX_COMMENT_LENGTH } from "@portico/schemas/feedback-constants";
import { type FormEvent, useEffect, useRef, useState } from "react";

type State =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "sent"; id: string }
  | { kind: "error"; messages: string[] };

interface Envelope {
  error?: { message?: string; details?: { field?: string; message?: string }[] };
}

/**
 * The feedback form. Without JavaScript it is a plain form post to /api/feedback; with it, it
 * submits in place, keeps what the reader typed on error, and picks up "Report a problem" links.
 */
export function FeedbackForm({ pagePath }: { pagePath: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [anchor, setAnchor] = useState("");
  const form = useRef<HTMLFormElement>(null);
  // One Idempotency-Key per distinct submission, reused if the same one is retried.
  const attempt = useRef<{ body: string; key: string } | undefined>(undefined);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest<HTMLElement>("[data-report-anchor]");
      if (!link) return;
      event.preventDefault();
      setAnchor(link.dataset.reportAnchor ?? "");
      setState({ kind: "idle" });
      history.replaceState(null, "", "#feedback");
      requestAnimationFrame(() => {
        form.current?.scrollIntoView({ block: "start" });
        form.current?.querySelector<HTMLInputElement>('input[name="helpful"]')?.focus();
      });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = String(data.get(name) ?? "").trim();
      return value === "" ? undefined : value;
    };
    const helpful = data.get("helpful");
    if (helpful === null) {
      setState({ kind: "error", messages: ["Choose Yes or No first."] });
      return;
    }
    const body = JSON.stringify({
      pagePath,
      helpful: helpful === "yes",
      comment: text("comment"),
      category: text("category"),
      email: text("email"),
      anchor: anchor || undefined,
      website: text("website"),
    });
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    setState({ kind: "sending" });
    try {
      const response = await fetch("/api/feedback", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": attempt.current.key },
        body,
      });
      const result = (await response.json().catch(() => ({}))) as Envelope & { data?: { id: string } };
      if (response.ok && result.data) {
        setState({ kind: "sent", id: result.data.id });
        return;
      }
      const details = result.error?.details?.map((d) => (d.field ? `${d.field}: ${d.message}` : (d.message ?? "")));
      setState({
        kind: "error",
        messages: details?.length ? details : [result.error?.message ?? `The server answered ${response.status}.`],
      });
    } catch {
      setState({ kind: "error", messages: ["Your feedback could not be sent: check your connection and try again."] });
    }
  }

  if (state.kind === "sent") {
    return (
      <p className="feedback__sent feedback__sent--shown" role="status">
        Thank you: your feedback reached the writers.
      </p>
    );
  }

  return (
    <form
      ref={form}
      method="post"
      action="/api/feedback"
      onSubmit={submit}
      className="feedback__form"
      noValidate={false}
    >
      <input type="hidden" name="pagePath" value={pagePath} />
      <input type="hidden" name="anchor" value={anchor} />
      {anchor ? (
        <p className="feedback__about">
          About <code>#{anchor}</code>{" "}
          <button type="button" className="feedback__clear" onClick={() => setAnchor("")}>
            Not this part
          </button>
        </p>
      ) : null}
      <fieldset className="feedback__rating">
        <legend>Was this page helpful?</legend>
        <label>
          <input type="radio" name="helpful" value="yes" required /> Yes
        </label>
        <label>
          <input type="radio" name="helpful" value="no" /> No
        </label>
      </fieldset>
      <label className="feedback__field">
        What could be better? <span className="feedback__optional">(optional)</span>
        <textarea name="comment" maxLength={MAX_COMMENT_LENGTH} rows={4} />
      </label>
      <div className="feedback__row">
        <label className="feedback__field">
          Category <span className="feedback__optional">(optional)</span>
          <select name="category" defaultValue="">
            <option value="">Choose…</option>
            {FEEDBACK_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        </label>
        <label className="feedback__field">
          Email for a reply <span className="feedback__optional">(optional)</span>
          <input type="email" name="email" autoComplete="email" maxLength={254} />
        </label>
      </div>
      <div className="feedback__trap" aria-hidden="true">
        <label>
          Leave this empty <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {state.kind === "error" ? (
        <div className="feedback__error" role="alert">
          <p>Your feedback was not sent:</p>
          <ul>
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" className="feedback__submit" disabled={state.kind === "sending"}>
        {state.kind === "sending" ? "Sending…" : "Send feedback"}
      </button>
    </form>
  );
}
