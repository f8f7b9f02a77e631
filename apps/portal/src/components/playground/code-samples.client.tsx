"use client";

import { useState } from "react";
import type { RequestFormState } from "@/lib/playground/build-request";
import type { OperationSpec, ProductId } from "@/lib/playground/operations";
import { playgroundHref } from "@/lib/playground/playground-href";
import { SAMPLE_LANGUAGES, type SampleLanguage, sampleRequest } from "@/lib/playground/samples";

const writeToClipboard = (text: string) => navigator.clipboard.writeText(text);

/** The request on screen as curl, TypeScript or Python, and a link that opens it again. */
export function CodeSamples({
  product,
  op,
  form,
  origin,
  copy = writeToClipboard,
}: {
  product: ProductId;
  op: OperationSpec;
  form: RequestFormState;
  /** The page's origin, for absolute URLs ("" before mounting). */
  origin: string;
  copy?: (text: string) => Promise<void>;
}) {
  const [language, setLanguage] = useState<SampleLanguage>("curl");
  const { pathParams, query, headers, body } = form;
  const write = (SAMPLE_LANGUAGES.find(({ id }) => id === language) ?? SAMPLE_LANGUAGES[0]).write;
  const sample = write(sampleRequest(product, op, form, origin));
  const shareUrl = origin + playgroundHref(product, op.operationId, { pathParams, query, headers, body });

  return (
    <>
      <h2>Code</h2>
      <div role="tablist" aria-label="Sample language" className="playground__tabs">
        {SAMPLE_LANGUAGES.map(({ id, label }) => (
          <button key={id} type="button" role="tab" aria-selected={language === id} onClick={() => setLanguage(id)}>
            {label}
          </button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard. */}
      <pre className="playground__output" data-testid="code-sample" tabIndex={0}>
        {sample}
      </pre>
      <button type="button" onClick={() => copy(sample)}>
        Copy code
      </button>{" "}
      <button type="button" onClick={() => copy(shareUrl)}>
        Copy share link
      </button>
    </>
  );
}
