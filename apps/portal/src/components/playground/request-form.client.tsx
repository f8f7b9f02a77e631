"use client";

import { SIMULATED_FAILURES } from "@portico/schemas/common";
import { getProduct } from "@portico/schemas/products";
import { type Dispatch, type ReactNode, type SetStateAction, useState } from "react";
import { isMultipart, type RequestFormState } from "@/lib/playground/build-request";
import {
  type OperationSpec,
  operationsFor,
  PRODUCTS,
  type ProductId,
  pathParamNames,
  queryParamNames,
} from "@/lib/playground/operations";
import { BodyField } from "./body-field.client";

const SIMULATE = ["", ...SIMULATED_FAILURES];

/** The request: product and operation, key, parameters, headers, body, and Send. */
export function RequestForm({
  product,
  op,
  path,
  form,
  onFormChange,
  onSelect,
  keyField,
  onUseSandboxIds,
  blankPathParams,
  sending,
  onSend,
}: {
  product: ProductId;
  op: OperationSpec;
  /** The request path as it will be sent. */
  path: string;
  form: RequestFormState;
  onFormChange: Dispatch<SetStateAction<RequestFormState>>;
  /** Opens another operation (and product). */
  onSelect: (product: ProductId, operation: string) => void;
  keyField: ReactNode;
  onUseSandboxIds?: () => void;
  /** Required path parameters left blank that a refused Send named; flagged beside their fields. */
  blankPathParams: string[];
  sending: boolean;
  onSend: (retry: boolean) => void;
}) {
  const [retry, setRetry] = useState(false);
  const set = <Part extends "pathParams" | "query" | "headers">(part: Part, name: string, value: string) =>
    onFormChange((prev) => ({ ...prev, [part]: { ...prev[part], [name]: value } }));

  return (
    <section className="playground__request" aria-labelledby="pg-request">
      <h2 id="pg-request">Request</h2>
      <div className="playground__row">
        <label>
          Product
          <select
            value={product}
            onChange={(e) =>
              onSelect(e.target.value as ProductId, operationsFor(e.target.value as ProductId)[0]?.operationId ?? "")
            }
          >
            {PRODUCTS.map((p) => (
              <option key={p} value={p}>
                {getProduct(p).name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Operation
          <select value={op.operationId} onChange={(e) => onSelect(product, e.target.value)}>
            {operationsFor(product).map((o) => (
              <option key={o.operationId} value={o.operationId}>
                {o.method.toUpperCase()} {o.path} · {o.summary}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="playground__endpoint">
        <span className={`method method--${op.method}`}>{op.method.toUpperCase()}</span> <code>{path}</code>
      </p>

      {keyField}

      {[
        ...pathParamNames(op).map((n) => ["pathParams", n] as const),
        ...queryParamNames(op).map((n) => ["query", n] as const),
      ].map(([part, name]) => {
        const blank = part === "pathParams" && blankPathParams.includes(name);
        const id = `pg-${part}-${name}`;
        return (
          <div key={id} className="playground__field">
            <label htmlFor={id}>
              {name} <span className="playground__where">{part === "pathParams" ? "path, required" : "query"}</span>
            </label>
            <input
              id={id}
              value={form[part][name] ?? ""}
              onChange={(e) => set(part, name, e.target.value)}
              aria-invalid={blank || undefined}
              aria-describedby={blank ? `${id}-blank` : undefined}
            />
            {blank ? (
              <span id={`${id}-blank`} className="playground__blank">
                {name} is required: fill it in to send.
              </span>
            ) : null}
          </div>
        );
      })}

      <div className="playground__row">
        {(op.method !== "get" && op.idempotent !== false ? ["Idempotency-Key", "X-Request-Id"] : ["X-Request-Id"]).map(
          (name) => (
            <label key={name} className="playground__field">
              {name}
              <span className="playground__inline">
                <input value={form.headers[name] ?? ""} onChange={(e) => set("headers", name, e.target.value)} />
                <button
                  type="button"
                  onClick={() => set("headers", name, crypto.randomUUID())}
                  aria-label={`Generate ${name}`}
                >
                  Generate
                </button>
              </span>
            </label>
          ),
        )}
        {op.authenticated === false ? null : (
          <label className="playground__field">
            X-Sandbox-Simulate
            <select
              value={form.headers["X-Sandbox-Simulate"] ?? ""}
              onChange={(e) => set("headers", "X-Sandbox-Simulate", e.target.value)}
            >
              {SIMULATE.map((s) => (
                <option key={s} value={s}>
                  {s || "No failure"}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      {isMultipart(op) ? (
        <label className="playground__field">
          CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              onFormChange((prev) => ({ ...prev, file }));
            }}
          />
        </label>
      ) : op.requestBody ? (
        <BodyField
          op={op}
          body={form.body}
          onChange={(body) => onFormChange((prev) => ({ ...prev, body }))}
          onUseSandboxIds={onUseSandboxIds}
        />
      ) : null}

      <label className="playground__check">
        <input type="checkbox" checked={retry} onChange={(e) => setRetry(e.target.checked)} /> Retry with the documented
        policy
      </label>
      <button type="button" className="playground__send" onClick={() => onSend(retry)} disabled={sending}>
        {sending ? "Sending…" : "Send"}
      </button>
      <p role="alert" className="playground__blank">
        {blankPathParams.length > 0
          ? `Not sent: ${blankPathParams.join(", ")} ${blankPathParams.length > 1 ? "are" : "is"} empty.`
          : null}
      </p>
    </section>
  );
}
