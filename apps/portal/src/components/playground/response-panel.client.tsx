"use client";

import { attemptLine, type Outcome } from "@/lib/playground/outcome";
import type { Attempt } from "@/lib/playground/send-recorded";

/** The attempts, as they happen while sending; afterwards only when there was more than one. */
function AttemptList({ attempts }: { attempts: Attempt[] }) {
  return (
    <ol className="playground__attempts" aria-label="Attempts">
      {attempts.map((a) => (
        <li key={a.attempt}>{attemptLine(a)}</li>
      ))}
    </ol>
  );
}

/** The answer: status and time, the verdict against the documented schema, attempts, download, headers, body. */
export function ResponsePanel({
  outcome,
  sending,
  attempts,
}: {
  outcome: Outcome | null;
  sending: boolean;
  /** The attempts so far while sending, the outcome's once it has come. */
  attempts: Attempt[];
}) {
  return (
    <>
      <h2 id="pg-response">Response</h2>
      {sending ? (
        <>
          <p className="playground__status">Sending…</p>
          {attempts.length > 0 ? <AttemptList attempts={attempts} /> : null}
        </>
      ) : outcome ? (
        <>
          <p className="playground__status">
            <strong>{outcome.status || "No response"}</strong> in {outcome.ms} ms
          </p>
          {outcome.verdict?.schemaName ? (
            outcome.verdict.issues.length === 0 ? (
              <p className="playground__ok">Matches {outcome.verdict.schemaName}</p>
            ) : (
              <div className="playground__bad">
                <p>Does not match {outcome.verdict.schemaName}:</p>
                <ul>
                  {outcome.verdict.issues.map((issue) => (
                    <li key={`${issue.path}-${issue.message}`}>
                      <code>{issue.path}</code>: {issue.message}
                    </li>
                  ))}
                </ul>
              </div>
            )
          ) : null}
          {outcome.attempts.length > 1 ? <AttemptList attempts={outcome.attempts} /> : null}
          {outcome.download ? (
            <p>
              <a href={outcome.download.url} download={outcome.download.filename}>
                Download {outcome.download.filename}
              </a>
            </p>
          ) : null}
          <details>
            <summary>Headers</summary>
            <dl className="playground__headers">
              {outcome.headers.map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </details>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard. */}
          <pre className="playground__output" tabIndex={0}>
            {outcome.text}
          </pre>
        </>
      ) : (
        <p>Send the request to see the answer here.</p>
      )}
    </>
  );
}
