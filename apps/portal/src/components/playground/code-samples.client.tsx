"use client";

import type { RequestFormState } from "@/lib/playground/build-request";
import type { OperationSpec, ProductId } from "@/lib/playground/operations";
import { playgroundHref } from "@/lib/playground/playground-href";
import { SAMPLE_LANGUAGES, sampleRequest } from "@/lib/playground/samples";
import { useTabs } from "../use-tabs";

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
  const { selected, listProps, tabProps, panelProps } = useTabs("code-sample", SAMPLE_LANGUAGES.length);
  const { pathParams, query, headers, body } = form;
  const request = sampleRequest(product, op, form, origin);
  const samples = SAMPLE_LANGUAGES.map(({ write }) => write(request));
  const sample = samples[selected] ?? "";
  const shareUrl = origin + playgroundHref(product, op.operationId, { pathParams, query, headers, body });

  return (
    <>
      <h2>Code</h2>
      <div role="tablist" {...listProps} aria-label="Sample language" className="playground__tabs">
        {SAMPLE_LANGUAGES.map(({ id, label }, i) => (
          <button key={id} type="button" role="tab" {...tabProps(i)}>
            {label}
          </button>
        ))}
      </div>
      {samples.map((text, i) => (
        <div key={SAMPLE_LANGUAGES[i]?.id} role="tabpanel" {...panelProps(i)} hidden={i !== selected}>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: long lines scroll, and a scrollable region must be reachable by keyboard. */}
          <pre className="playground__output" data-testid={i === selected ? "code-sample" : undefined} tabIndex={0}>
            {text}
          </pre>
        </div>
      ))}
      <button type="button" onClick={() => copy(sample)}>
        Copy code
      </button>{" "}
      <button type="button" onClick={() => copy(shareUrl)}>
        Copy share link
      </button>
    </>
  );
}
