"use client";

import { checkBody, type OperationSpec } from "@/lib/playground/operations";

/** The JSON body editor and its check, made as the sandbox would make it, on every keystroke. */
export function BodyField({
  op,
  body,
  onChange,
  onUseSandboxIds,
}: {
  op: OperationSpec;
  body: string;
  onChange: (body: string) => void;
  /** Offered only once ids from the reader's sandbox are known. */
  onUseSandboxIds?: () => void;
}) {
  const issues = checkBody(op, body);
  return (
    <>
      <label className="playground__field">
        Body (JSON)
        <textarea
          value={body}
          onChange={(e) => onChange(e.target.value)}
          rows={10}
          spellCheck={false}
          className="playground__body"
        />
      </label>
      {onUseSandboxIds ? (
        <button type="button" onClick={onUseSandboxIds}>
          Use my sandbox&apos;s ids
        </button>
      ) : null}
      <div role="status" className="playground__issues" aria-label="Body check">
        {issues.length === 0 ? (
          <p className="playground__ok">The body matches the request schema.</p>
        ) : (
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.where}-${issue.message}`}>
                <code>{issue.where}</code>: {issue.message}
                {issue.suggestion ? (
                  <>
                    {" "}
                    (did you mean <code>{issue.suggestion}</code>?)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
