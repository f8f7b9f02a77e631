"use client";

import { typescriptSample } from "@portico/api-client/typescript-sample";
import { useState } from "react";
import { isMultipart, type RequestFormState } from "@/lib/playground/build-request";
import { type OperationSpec, type ProductId, serverOf } from "@/lib/playground/operations";
import { playgroundHref } from "@/lib/playground/playground-href";
import { curlSample, pythonSample, type SampleRequest } from "@/lib/playground/samples";

const LANGUAGES = [
  ["curl", "curl", curlSample],
  ["ts", "TypeScript", typescriptSample],
  ["python", "Python", pythonSample],
] as const;

const writeToClipboard = (text: string) => navigator.clipboard.writeText(text);

/** The request on screen as curl, TypeScript or Python, and a link that opens it again. */
export function CodeSamples({
  product,
  op,
  path,
  form,
  origin,
  copy = writeToClipboard,
}: {
  product: ProductId;
  op: OperationSpec;
  path: string;
  form: RequestFormState;
  /** The page's origin, for absolute URLs ("" before mounting). */
  origin: string;
  copy?: (text: string) => Promise<void>;
}) {
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number][0]>("curl");
  const { pathParams, query, headers, body } = form;
  const request: SampleRequest = {
    product,
    method: op.method.toUpperCase(),
    origin,
    templatePath: op.path,
    path,
    server: serverOf(product, op),
    pathParams,
    query,
    headers,
    body: op.requestBody ? body : undefined,
    multipart: isMultipart(op),
  };
  const write = LANGUAGES.find(([id]) => id === language)?.[2] ?? curlSample;
  const sample = write(request);
  const shareUrl = origin + playgroundHref(product, op.operationId, { pathParams, query, headers, body });

  return (
    <>
      <h2>Code</h2>
      <div role="tablist" aria-label="Sample language" className="playground__tabs">
        {LANGUAGES.map(([id, label]) => (
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
