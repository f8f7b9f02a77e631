import { SIMULATED_FAILURES } from "@portico/schemas/common";
import { getProduct } from "@portico/schemas/products";
import type { ProductId } from "@/lib/playground/operations";

/** The header that asks the sandbox for a failure; the reference offers it but never sends it unasked. */
export const SIMULATE_HEADER = "X-Sandbox-Simulate";

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { const?: unknown };
  example?: unknown;
  examples?: Record<string, unknown>;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  servers?: { url: string }[];
  "x-scalar-selected-server"?: string;
}

/** The parts of a served OpenAPI document this module reads; everything else passes through. */
export interface ServedDocument {
  paths: Record<string, Record<string, Operation | unknown>>;
}

const isOperation = (value: unknown): value is Operation => typeof value === "object" && value !== null;

/** `value` with every string that is one of `ids`' keys replaced by its value, at any depth. */
function replaceIds(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceIds(item, ids));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceIds(item, ids)]));
  return value;
}

/**
 * The served document as the reference's Scalar shows it to this reader, who has `readerIds`
 * (field → id, as `findSandboxIds` answers) in their own sandbox:
 *
 * - Scalar sends an optional parameter whenever it has a value, and takes an enum's first value as
 *   one, so `X-Sandbox-Simulate` would make every first request a simulated 429. Its value is kept
 *   (the reader sees what it does) but marked off with Scalar's `x-disabled`, under the example name
 *   Scalar selects for an operation without named examples.
 * - The documented example ids in parameters and request bodies become the reader's own ids, so each
 *   operation's example, sent as it stands, finds what it names.
 * - A required parameter that can take one value only (`const`, such as the report's `format=csv`)
 *   gets it as its example: Scalar fills enums but not `const`, and sent empty it is a 400.
 * - An operation with servers of its own (`POST /sandbox/keys` under `/sandbox`) has its first one
 *   selected, as Scalar spells it once resolved against `origin`. Scalar lists the operation's
 *   servers but looks the selection up by the document's (the product's base), finds none and
 *   sends the bare path to the portal, a 404.
 *
 * The served document is left as it is: these are the renderer's and this reader's concerns.
 */
export function scalarDocument<D extends ServedDocument>(
  document: D,
  product: ProductId,
  readerIds: Record<string, string>,
  origin: string,
): D {
  const ids = new Map<string, string>();
  for (const { field, example } of getProduct(product).sandboxIds ?? []) {
    const id = readerIds[field];
    if (id) ids.set(example, id);
  }
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => [
          method,
          isOperation(operation) ? forReader(operation, ids, origin) : operation,
        ]),
      ),
    ]),
  );
  return { ...document, paths };
}

function forReader(operation: Operation, ids: Map<string, string>, origin: string): Operation {
  const parameters = operation.parameters?.map((parameter) =>
    parameter.in === "header" && parameter.name === SIMULATE_HEADER
      ? {
          ...parameter,
          examples: {
            default: {
              summary: "Not sent unless you tick it",
              value: SIMULATED_FAILURES[0],
              "x-disabled": true,
            },
          },
        }
      : "example" in parameter
        ? { ...parameter, example: replaceIds(parameter.example, ids) }
        : parameter.required && parameter.schema?.const !== undefined && !parameter.examples
          ? { ...parameter, example: parameter.schema.const }
          : parameter,
  );
  const content = operation.requestBody?.content;
  const server = operation.servers?.[0]?.url;
  return {
    ...operation,
    // Scalar resolves a server path against the page's origin (it is given no base URL).
    ...(server ? { "x-scalar-selected-server": server.startsWith("/") ? origin + server : server } : {}),
    ...(parameters ? { parameters } : {}),
    ...(operation.requestBody && content
      ? { requestBody: { ...operation.requestBody, content: replaceIds(content, ids) as typeof content } }
      : {}),
  };
}
