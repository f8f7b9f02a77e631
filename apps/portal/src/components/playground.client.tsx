"use client";

import { createConventionsFetch } from "@portico/api-client";
import { getProduct } from "@portico/schemas/products";
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  buildPath,
  checkBody,
  checkResponse,
  credentialOf,
  exampleBody,
  findOperation,
  firstIdOfList,
  isProduct,
  operationsFor,
  PRODUCTS,
  type ProductId,
  pathParamNames,
  queryParamNames,
  serverOf,
  type Verdict,
} from "@/lib/playground/operations";
import { curlSample, pythonSample, type SampleRequest, typescriptSample } from "@/lib/playground/samples";
import { decodeState, encodeState, type SharedState } from "@/lib/playground/share";

const KEYS = "portico-playground-keys";
const HISTORY = "portico-playground-history";
const SIMULATE = ["", "429", "500", "502", "503", "504"];
type Keys = Partial<Record<ProductId, string>>;

interface Outcome {
  status: number;
  ms: number;
  headers: [string, string][];
  text: string;
  verdict?: Verdict;
  download?: { url: string; filename: string };
  attempts: { attempt: number; status: number | "network"; ms: number }[];
}

/** A history entry's link: only the shared request, not its status or time, goes in the state. */
function historyHref({ product, operation, pathParams, query, headers, body }: SharedState) {
  const state = encodeState({ product, operation, pathParams, query, headers, body });
  return `/playground?${new URLSearchParams({ product, operation, state })}`;
}

function readKeys(): { keys: Keys; remember: boolean } {
  try {
    const remembered = localStorage.getItem(KEYS);
    if (remembered) return { keys: JSON.parse(remembered), remember: true };
    return { keys: JSON.parse(sessionStorage.getItem(KEYS) ?? "{}"), remember: false };
  } catch {
    return { keys: {}, remember: false };
  }
}

/** The sandbox playground: pick an operation, check the body as the server would, send, judge the answer. */
export function Playground() {
  const router = useRouter();
  const params = useSearchParams();
  const requested = params.get("product");
  const product: ProductId = isProduct(requested) ? requested : (PRODUCTS[0] as ProductId);
  const op = findOperation(product, params.get("operation")) ?? operationsFor(product)[0];
  const shared = useMemo(() => decodeState(params.get("state")), [params]);

  const [keys, setKeys] = useState<Keys>({});
  const [remember, setRemember] = useState(false);
  const [pathParams, setPathParams] = useState<Record<string, string>>({});
  const [query, setQuery] = useState<Record<string, string>>({});
  const [headers, setHeaders] = useState<Record<string, string>>({});
  const [body, setBody] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [retry, setRetry] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [history, setHistory] = useState<(SharedState & { status: number; at: string })[]>([]);
  const [sample, setSample] = useState<"curl" | "ts" | "python">("curl");
  const [origin, setOrigin] = useState("");
  // Ids that exist in the reader's own sandbox, to put in place of the docs' example ids.
  const [sandboxIds, setSandboxIds] = useState<Record<string, string>>({});

  useEffect(() => {
    const stored = readKeys();
    setKeys(stored.keys);
    setRemember(stored.remember);
    setOrigin(location.origin);
    try {
      setHistory(JSON.parse(localStorage.getItem(HISTORY) ?? "[]"));
    } catch {
      setHistory([]);
    }
  }, []);

  // A new operation (or a shared link) resets the form to its example or to the shared request.
  useEffect(() => {
    if (!op) return;
    const fromLink = shared && shared.product === product && shared.operation === op.operationId ? shared : undefined;
    setPathParams(fromLink?.pathParams ?? {});
    setQuery(fromLink?.query ?? {});
    setHeaders(fromLink?.headers ?? {});
    setBody(fromLink?.body ?? exampleBody(op));
    setFile(null);
    setOutcome(null);
  }, [op, product, shared]);

  const storeKeys = useCallback((next: Keys, keep: boolean) => {
    setKeys(next);
    sessionStorage.removeItem(KEYS);
    localStorage.removeItem(KEYS);
    if (Object.keys(next).length > 0) (keep ? localStorage : sessionStorage).setItem(KEYS, JSON.stringify(next));
  }, []);

  const key = keys[product];

  /** Puts the reader's own sandbox ids into the body's id fields the docs filled with examples. */
  function fillIds(ids: Record<string, string>, text = body) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return;
      let changed = false;
      for (const [field, id] of Object.entries(ids)) {
        if (field in parsed && parsed[field] !== id) {
          parsed[field] = id;
          changed = true;
        }
      }
      if (changed) setBody(JSON.stringify(parsed, null, 2));
    } catch {
      // Not JSON yet: nothing to fill.
    }
  }

  async function loadSandboxIds(apiKey: string) {
    const { server, sandboxIds: sources = [] } = getProduct(product);
    const found = await Promise.all(
      sources.map(async ({ field, listPath }) => {
        const response = await fetch(`${server}${listPath}?limit=1`, {
          headers: { authorization: `Bearer ${apiKey}` },
          credentials: "omit",
        });
        return [field, response.ok ? firstIdOfList(product, await response.json()) : undefined] as const;
      }),
    );
    const ids = Object.fromEntries(found.filter((entry): entry is [string, string] => entry[1] !== undefined));
    setSandboxIds(ids);
    return ids;
  }

  // Loaded once per key and product; the body is filled only on request.
  // biome-ignore lint/correctness/useExhaustiveDependencies: loadSandboxIds is recreated every render.
  useEffect(() => {
    if (key && getProduct(product).sandboxIds) void loadSandboxIds(key);
  }, [key, product]);

  if (!op) return <p>No operations are documented for this product.</p>;
  const multipart = op.requestBody?.contentType === "multipart/form-data";
  const issues = op.requestBody && !multipart ? checkBody(op, body) : [];
  const path = buildPath(product, op, pathParams, query);

  const select = (nextProduct: ProductId, operation: string) =>
    router.push(`/playground?${new URLSearchParams({ product: nextProduct, operation })}`, { scroll: false });

  async function getKey() {
    const response = await fetch("/sandbox/keys", {
      method: "POST",
      credentials: "omit",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ product }),
    });
    const result = await response.json();
    if (!response.ok) {
      setOutcome({ status: response.status, ms: 0, headers: [], text: JSON.stringify(result, null, 2), attempts: [] });
      return;
    }
    const newKey = credentialOf(product, result.data);
    if (!newKey) return;
    storeKeys({ ...keys, [product]: newKey }, remember);
    fillIds(await loadSandboxIds(newKey));
  }

  async function send() {
    if (!op) return;
    setSending(true);
    const requestHeaders = new Headers();
    for (const [name, value] of Object.entries(headers)) if (value) requestHeaders.set(name, value);
    if (key && op.authenticated !== false) requestHeaders.set("authorization", `Bearer ${key}`);
    let requestBody: BodyInit | undefined;
    if (multipart && file) {
      const form = new FormData();
      form.append("file", file);
      requestBody = form;
    } else if (op.requestBody) {
      requestHeaders.set("content-type", "application/json");
      requestBody = body;
    }
    const request = new Request(path, {
      method: op.method.toUpperCase(),
      headers: requestHeaders,
      body: requestBody,
      credentials: "omit",
    });
    const attempts: Outcome["attempts"] = [];
    const started = performance.now();
    const transport = async (attempt: Request) => {
      const at = performance.now();
      try {
        const response = await fetch(attempt, { credentials: "omit" });
        attempts.push({
          attempt: attempts.length + 1,
          status: response.status,
          ms: Math.round(performance.now() - at),
        });
        return response;
      } catch (error) {
        attempts.push({ attempt: attempts.length + 1, status: "network", ms: Math.round(performance.now() - at) });
        throw error;
      }
    };
    try {
      const response = retry ? await createConventionsFetch({ fetch: transport })(request) : await transport(request);
      const ms = Math.round(performance.now() - started);
      const disposition = response.headers.get("content-disposition");
      const outcomeHeaders = [...response.headers.entries()];
      if (disposition?.startsWith("attachment")) {
        const blob = await response.blob();
        const filename = /filename="?([^"]+)"?/.exec(disposition)?.[1] ?? "download";
        setOutcome({
          status: response.status,
          ms,
          headers: outcomeHeaders,
          text: await blob.slice(0, 2000).text(),
          download: { url: URL.createObjectURL(blob), filename },
          attempts,
        });
      } else {
        const text = await response.text();
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        setOutcome({
          status: response.status,
          ms,
          headers: outcomeHeaders,
          text: parsed === undefined ? text : JSON.stringify(parsed, null, 2),
          verdict: parsed === undefined ? undefined : checkResponse(op, response.status, parsed),
          attempts,
        });
      }
      const entry = {
        product,
        operation: op.operationId,
        pathParams,
        query,
        headers,
        body: multipart ? "" : body,
        status: response.status,
        at: new Date().toISOString(),
      };
      const nextHistory = [entry, ...history].slice(0, 20);
      setHistory(nextHistory);
      localStorage.setItem(HISTORY, JSON.stringify(nextHistory));
    } catch (error) {
      setOutcome({
        status: 0,
        ms: Math.round(performance.now() - started),
        headers: [],
        text: `The request could not be sent: ${(error as Error).message}`,
        attempts,
      });
    } finally {
      setSending(false);
    }
  }

  const sampleRequest: SampleRequest = {
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
    multipart,
  };
  const sampleText =
    sample === "curl"
      ? curlSample(sampleRequest)
      : sample === "ts"
        ? typescriptSample(sampleRequest)
        : pythonSample(sampleRequest);
  const shareUrl = `${origin}/playground?${new URLSearchParams({ product, operation: op.operationId, state: encodeState({ product, operation: op.operationId, pathParams, query, headers, body }) })}`;

  return (
    <div className="playground">
      <section className="playground__request" aria-labelledby="pg-request">
        <h2 id="pg-request">Request</h2>
        <div className="playground__row">
          <label>
            Product
            <select
              value={product}
              onChange={(e) =>
                select(e.target.value as ProductId, operationsFor(e.target.value as ProductId)[0]?.operationId ?? "")
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
            <select value={op.operationId} onChange={(e) => select(product, e.target.value)}>
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

        <fieldset className="playground__key">
          <legend>Sandbox key</legend>
          {key ? (
            <p>
              Using <code>{`${key.slice(0, 11)}…${key.slice(-4)}`}</code>{" "}
              <button type="button" onClick={() => storeKeys({}, remember)}>
                Forget keys
              </button>
            </p>
          ) : (
            <button type="button" onClick={getKey}>
              Get a sandbox key
            </button>
          )}
          <label className="playground__check">
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => {
                setRemember(e.target.checked);
                storeKeys(keys, e.target.checked);
              }}
            />{" "}
            Remember keys across browser sessions
          </label>
        </fieldset>

        {[
          ...pathParamNames(op).map((n) => ["path", n] as const),
          ...queryParamNames(op).map((n) => ["query", n] as const),
        ].map(([where, name]) => (
          <label key={`${where}-${name}`} className="playground__field">
            {name} <span className="playground__where">{where}</span>
            <input
              value={(where === "path" ? pathParams : query)[name] ?? ""}
              onChange={(e) =>
                (where === "path" ? setPathParams : setQuery)((prev) => ({ ...prev, [name]: e.target.value }))
              }
            />
          </label>
        ))}

        <div className="playground__row">
          {(op.method !== "get" && op.idempotent !== false
            ? ["Idempotency-Key", "X-Request-Id"]
            : ["X-Request-Id"]
          ).map((name) => (
            <label key={name} className="playground__field">
              {name}
              <span className="playground__inline">
                <input
                  value={headers[name] ?? ""}
                  onChange={(e) => setHeaders((prev) => ({ ...prev, [name]: e.target.value }))}
                />
                <button
                  type="button"
                  onClick={() => setHeaders((prev) => ({ ...prev, [name]: crypto.randomUUID() }))}
                  aria-label={`Generate ${name}`}
                >
                  Generate
                </button>
              </span>
            </label>
          ))}
          {op.authenticated === false ? null : (
            <label className="playground__field">
              X-Sandbox-Simulate
              <select
                value={headers["X-Sandbox-Simulate"] ?? ""}
                onChange={(e) => setHeaders((prev) => ({ ...prev, "X-Sandbox-Simulate": e.target.value }))}
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

        {multipart ? (
          <label className="playground__field">
            CSV file
            <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
        ) : op.requestBody ? (
          <label className="playground__field">
            Body (JSON)
            <textarea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={10}
              spellCheck={false}
              className="playground__body"
            />
          </label>
        ) : null}
        {op.requestBody && !multipart && Object.keys(sandboxIds).length > 0 ? (
          <button type="button" onClick={() => fillIds(sandboxIds)}>
            Use my sandbox&apos;s ids
          </button>
        ) : null}
        {op.requestBody && !multipart ? (
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
        ) : null}

        <label className="playground__check">
          <input type="checkbox" checked={retry} onChange={(e) => setRetry(e.target.checked)} /> Retry with the
          documented policy
        </label>
        <button type="button" className="playground__send" onClick={send} disabled={sending}>
          {sending ? "Sending…" : "Send"}
        </button>
      </section>

      <section className="playground__response" aria-labelledby="pg-response" aria-live="polite">
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
        <h2>Code</h2>
        <div role="tablist" aria-label="Sample language" className="playground__tabs">
          {(
            [
              ["curl", "curl"],
              ["ts", "TypeScript"],
              ["python", "Python"],
            ] as const
          ).map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={sample === id} onClick={() => setSample(id)}>
              {label}
            </button>
          ))}
        </div>
        <pre className="playground__output" data-testid="code-sample">
          {sampleText}
        </pre>
        <button type="button" onClick={() => navigator.clipboard.writeText(sampleText)}>
          Copy code
        </button>{" "}
        <button type="button" onClick={() => navigator.clipboard.writeText(shareUrl)}>
          Copy share link
        </button>
        <h2>History</h2>
        {history.length === 0 ? (
          <p>Requests you send are listed here, without keys.</p>
        ) : (
          <ol className="playground__history" aria-label="History">
            {history.map((entry) => (
              <li key={entry.at}>
                <a href={historyHref(entry)}>
                  {entry.status} · {entry.operation} · {entry.at.slice(11, 19)}
                </a>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
