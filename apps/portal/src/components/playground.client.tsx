"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import {
  buildRequest,
  emptyPathParams,
  initialForm,
  isMultipart,
  type RequestFormState,
} from "@/lib/playground/build-request";
import {
  buildPath,
  findOperation,
  isProduct,
  operationsFor,
  PRODUCTS,
  type ProductId,
} from "@/lib/playground/operations";
import { plainOutcome } from "@/lib/playground/outcome";
import { playgroundHref } from "@/lib/playground/playground-href";
import { fillIds } from "@/lib/playground/sandbox-ids";
import { requestSandboxKey } from "@/lib/playground/sandbox-key";
import { decodeState } from "@/lib/playground/share";
import { CodeSamples } from "./playground/code-samples.client";
import { HistoryList } from "./playground/history-list.client";
import { RequestForm } from "./playground/request-form.client";
import { ResponsePanel } from "./playground/response-panel.client";
import { SandboxKeyField } from "./playground/sandbox-key-field.client";
import { useHistory } from "./playground/use-history";
import { useOrigin } from "./playground/use-origin";
import { useOutcome } from "./playground/use-outcome";
import { useSandboxIds } from "./playground/use-sandbox-ids";
import { useSandboxKeys } from "./playground/use-sandbox-keys";

const EMPTY_FORM: RequestFormState = { pathParams: {}, query: {}, headers: {}, body: "", file: null };

/** The sandbox playground: pick an operation, check the body as the server would, send, judge the answer. */
export function Playground() {
  const router = useRouter();
  const params = useSearchParams();
  const requested = params.get("product");
  const product: ProductId = isProduct(requested) ? requested : (PRODUCTS[0] as ProductId);
  const op = findOperation(product, params.get("operation")) ?? operationsFor(product)[0];
  const shared = useMemo(() => decodeState(params.get("state")), [params]);

  const keys = useSandboxKeys();
  const key = keys.keys[product];
  const sandboxIds = useSandboxIds(product, key);
  const history = useHistory();
  const response = useOutcome();
  const origin = useOrigin();
  const [form, setForm] = useState<RequestFormState>(EMPTY_FORM);
  // Set when Send was refused for a blank path parameter; its messages then follow the fields.
  const [refused, setRefused] = useState(false);

  // A new operation (or a shared link) resets the form to its example or to the shared request.
  const { show } = response;
  useEffect(() => {
    if (!op) return;
    setForm(initialForm(product, op, shared));
    setRefused(false);
    show(null);
  }, [op, product, shared, show]);

  if (!op) return <p>No operations are documented for this product.</p>;
  const path = buildPath(product, op, form.pathParams, form.query);
  const blank = emptyPathParams(op, form.pathParams);

  const putIds = (ids: Record<string, string>) =>
    setForm((prev) => {
      const body = fillIds(prev.body, ids);
      return body === undefined ? prev : { ...prev, body };
    });

  async function getKey() {
    const result = await requestSandboxKey(product);
    if ("refused" in result) {
      show(plainOutcome(result.refused.status, result.refused.body));
      return;
    }
    if (!result.key) return;
    keys.add(product, result.key);
    putIds(await sandboxIds.load(result.key));
  }

  async function send(retry: boolean) {
    if (!op) return;
    if (blank.length > 0) {
      setRefused(true);
      return;
    }
    const request = buildRequest(product, op, form, key, location.origin);
    const status = await response.send(op, request, retry);
    if (status === undefined) return;
    const { pathParams, query, headers, body } = form;
    const entry = { pathParams, query, headers, body: isMultipart(op) ? "" : body };
    history.add({ product, operation: op.operationId, ...entry, status, at: new Date().toISOString() });
  }

  return (
    <div className="playground">
      <RequestForm
        product={product}
        op={op}
        path={path}
        form={form}
        onFormChange={setForm}
        onSelect={(nextProduct, operation) => router.push(playgroundHref(nextProduct, operation), { scroll: false })}
        keyField={
          <SandboxKeyField
            sandboxKey={key}
            remember={keys.remember}
            onGetKey={getKey}
            onForget={keys.forget}
            onRemember={keys.rememberAcrossSessions}
          />
        }
        onUseSandboxIds={Object.keys(sandboxIds.ids).length > 0 ? () => putIds(sandboxIds.ids) : undefined}
        blankPathParams={refused ? blank : []}
        sending={response.sending}
        onSend={send}
      />
      <section className="playground__response" aria-labelledby="pg-response" aria-live="polite">
        <ResponsePanel outcome={response.outcome} sending={response.sending} attempts={response.attempts} />
        <CodeSamples product={product} op={op} form={form} origin={origin} />
        <HistoryList history={history.history} />
      </section>
    </div>
  );
}
