"use client";

import type { Outcome } from "@/lib/playground/outcome";

/** The answer: status and time, the verdict against the documented schema, attempts, download, headers, body. */
export function ResponsePanel({ outcome }: { outcome: Outcome | null }) {
  return (
    <>
      <h2 id="pg-response">Response</h2>
      {outcome ? (
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
          {outcome.attempts.length > 1 ? (
            <ol className="playground__attempts" aria-label="Attempts">
              {outcome.attempts.map((a) => (
                <li key={a.attempt}>
                  Attempt {a.attempt}: {a.status} ({a.ms} ms)
                </li>
              ))}
            </ol>
          ) : null}
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
          <pre className="playground__output" tabIndex={-1}>
            {outcome.text}
          </pre>
        </>
      ) : (
        <p>Send the request to see the answer here.</p>
      )}
    </>
  );
}
