import { ApiError } from "@portico/http/errors";
import { IdempotencyKey, RequestId } from "@portico/schemas/common";
import { SandboxKeyRequest, SandboxKeyResponse } from "@portico/schemas/sandbox-keys";
import { z } from "zod";
import { buildPath, checkResponse, credentialOf } from "@/lib/playground/operations";
import { internalRequest, refusedBy } from "./internal-request";
import { OperationIdParam, operationOrThrow, ProductParam } from "./operation-tools";
import { defineTool } from "./tool";

/** The most of a sandbox answer's body a tool passes on; the rest is cut and said to be. */
export const MAX_SANDBOX_BODY_BYTES = 128 * 1024;

/** The response headers an assistant needs: correlation, limits, replays, where a new resource is. */
const HEADERS_THAT_MATTER = [
  "x-request-id",
  "ratelimit",
  "ratelimit-policy",
  "retry-after",
  "idempotent-replayed",
  "location",
  "content-type",
  "content-disposition",
];

export const createSandboxKey = defineTool({
  name: "create_sandbox_key",
  title: "Create a sandbox and its keys",
  description:
    "Provisions a new sandbox of an API product (seeded with sample data, expiring after a while) and answers its ids and keys; apiKey is what call_sandbox sends as Bearer. The key is shown in this answer only: keep it.",
  input: SandboxKeyRequest,
  output: z.strictObject({
    apiKey: z.string().meta({ description: "The credential call_sandbox sends as Authorization: Bearer" }),
    sandbox: SandboxKeyResponse.shape.data,
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async run({ product }, deps) {
    const response = await deps.sandbox(
      internalRequest(deps, "/sandbox/keys", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ product }),
      }),
    );
    if (response.status !== 201) throw await refusedBy(response);
    const { data } = SandboxKeyResponse.parse(await response.json());
    const apiKey = credentialOf(product, data);
    if (apiKey === undefined) throw new ApiError(500, "internal_error", "The new sandbox has no credential");
    return { apiKey, sandbox: data };
  },
});

const Params = z.record(z.string().max(200), z.string().max(2000));

/** The answer's body: JSON when it is JSON, else its text, cut at {@link MAX_SANDBOX_BODY_BYTES}. */
async function readBody(response: Response) {
  const text = await response.text();
  const truncated = Buffer.byteLength(text) > MAX_SANDBOX_BODY_BYTES;
  const kept = truncated ? Buffer.from(text).subarray(0, MAX_SANDBOX_BODY_BYTES).toString() : text;
  if (!truncated && /^application\/json\b/i.test(response.headers.get("content-type") ?? "")) {
    try {
      return { body: JSON.parse(text) as unknown, truncated };
    } catch {
      // Reported as text below: a JSON media type with a body that is not JSON is itself a finding.
    }
  }
  return { body: kept === "" ? null : kept, truncated };
}

export const callSandbox = defineTool({
  name: "call_sandbox",
  title: "Send a request to the sandbox",
  description:
    "Sends one operation to Portico's own sandbox (never anywhere else) with a key from create_sandbox_key, and answers the status, the headers that matter (X-Request-Id, RateLimit, Retry-After, Idempotent-Replayed, Location), the body, and whether the body matches the schema documented for that status. JSON bodies only.",
  input: z.strictObject({
    product: ProductParam,
    operationId: OperationIdParam,
    apiKey: z.string().min(1).max(500).meta({ description: "apiKey from create_sandbox_key" }),
    pathParams: Params.optional(),
    query: Params.optional(),
    idempotencyKey: IdempotencyKey.optional().meta({ description: "Idempotency-Key; reuse it to retry safely" }),
    requestId: RequestId.optional().meta({ description: "X-Request-Id, echoed by the sandbox" }),
    body: z.unknown().optional().meta({ description: "The JSON body, as a value (not a string)" }),
  }),
  output: z.strictObject({
    request: z.strictObject({ method: z.string(), path: z.string() }),
    status: z.number().int(),
    headers: z.record(z.string(), z.string()),
    body: z.unknown(),
    bodyTruncated: z.boolean(),
    documented: z.strictObject({
      schema: z.string().nullable().meta({ description: "The schema documented for this status, if any" }),
      matches: z.boolean(),
      issues: z.array(z.strictObject({ path: z.string(), message: z.string() })),
    }),
  }),
  // PATCH changes stored resources, so the tool as a whole is not additive only.
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  async run({ product, operationId, apiKey, pathParams = {}, query = {}, idempotencyKey, requestId, body }, deps) {
    const op = operationOrThrow(product, operationId);
    if (op.requestBody?.contentType === "multipart/form-data") {
      throw new ApiError(415, "unsupported_media_type", `${operationId} takes multipart/form-data; use the playground`);
    }
    const path = buildPath(product, op, pathParams, query);
    const method = op.method.toUpperCase();
    const headers: Record<string, string> = {};
    if (op.authenticated !== false) headers.Authorization = `Bearer ${apiKey}`;
    if (idempotencyKey !== undefined) headers["Idempotency-Key"] = idempotencyKey;
    if (requestId !== undefined) headers["X-Request-Id"] = requestId;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await deps.sandbox(
      internalRequest(deps, path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    );
    const { body: answer, truncated } = await readBody(response);
    const verdict = truncated ? undefined : checkResponse(op, response.status, answer);
    return {
      request: { method, path },
      status: response.status,
      headers: Object.fromEntries(
        HEADERS_THAT_MATTER.flatMap((name) => {
          const value = response.headers.get(name);
          return value === null ? [] : [[name, value]];
        }),
      ),
      body: answer,
      bodyTruncated: truncated,
      documented: {
        schema: verdict?.schemaName ?? null,
        matches: verdict !== undefined && verdict.schemaName !== undefined && verdict.issues.length === 0,
        issues: verdict?.issues ?? [{ path: "(root)", message: "The body was too large to check" }],
      },
    };
  },
});
