import { type OperationSpec, operationsOf } from "@portico/schemas/operations";
import { PRODUCT_IDS, type ProductId } from "@portico/schemas/products";
import { ZodEnum, ZodLiteral, type z } from "zod";
import type { TestSandbox } from "./testing.ts";

/**
 * Walks a documented example and a real answer side by side and records, for every id field
 * (`id`, `…Id`), which real id stands for the example's: a list's first item, a created resource.
 */
function learnIds(realIds: Map<string, string>, example: unknown, actual: unknown) {
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example[0] !== undefined && actual[0] !== undefined) learnIds(realIds, example[0], actual[0]);
    return;
  }
  if (typeof example !== "object" || example === null || typeof actual !== "object" || actual === null) return;
  for (const [field, value] of Object.entries(example)) {
    const real = (actual as Record<string, unknown>)[field];
    if (/^(id|\w+Id)$/.test(field) && typeof value === "string" && typeof real === "string") {
      if (!realIds.has(value)) realIds.set(value, real);
    } else learnIds(realIds, value, real);
  }
}

/** The example value of `field` anywhere in a documented example, for path parameters. */
function exampleValue(example: unknown, field: string): string | undefined {
  if (typeof example !== "object" || example === null) return undefined;
  const own = (example as Record<string, unknown>)[field];
  if (typeof own === "string") return own;
  for (const value of Object.values(example)) {
    const found = exampleValue(Array.isArray(value) ? value[0] : value, field);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A required query parameter's only sensible values: a literal's, or an enum's first. */
export function requiredQuery(op: OperationSpec): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, schema] of Object.entries(op.query?.shape ?? {}) as [string, z.ZodType][]) {
    if (schema.safeParse(undefined).success) continue;
    if (schema instanceof ZodLiteral) query.set(name, String(schema.value));
    else if (schema instanceof ZodEnum) query.set(name, String(schema.options[0]));
  }
  return query;
}

/** Where an operation is sent, relative to the sandbox's base: `/<product>/…`, or `/keys`. */
export const basePathOf = (product: ProductId, op: OperationSpec) => (op.server === "/sandbox" ? "" : `/${product}`);

/**
 * Each product's key and its operations' own example requests, aimed at `sandbox`'s real
 * resources: each product's lists are read, then its creations made, once, to learn which real
 * ids stand for the examples' ids; no product's resources are named here. `sandbox` may be the
 * in-process test sandbox or anything that speaks HTTP to one the same way (the toolchain tests
 * send through Prism).
 */
export async function exampleRequests(sandbox: Pick<TestSandbox, "apiKey" | "call">) {
  const keys = new Map<ProductId, string>();
  const realIds = new Map<string, string>();
  const withRealIds = (text: string) =>
    [...realIds].reduce((out, [example, real]) => out.replaceAll(example, real), text);

  /** The operation's own example request: its path (query included) and body. */
  function request(product: ProductId, op: OperationSpec) {
    const success = Object.values(op.responses)[0]?.example;
    const query = requiredQuery(op);
    const path =
      basePathOf(product, op) +
      op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        withRealIds(exampleValue(success, name) ?? exampleValue(success, "id") ?? name),
      ) +
      (query.size > 0 ? `?${query}` : "");
    const example = op.requestBody?.example;
    let body: unknown;
    if (op.requestBody?.contentType === "multipart/form-data") {
      body = new FormData();
      (body as FormData).append(
        "file",
        new File([(example as { file: string }).file], "inventory.csv", { type: "text/csv" }),
      );
    } else if (example !== undefined) {
      body = withRealIds(JSON.stringify(example));
    }
    return { path, body };
  }

  for (const product of PRODUCT_IDS) {
    keys.set(product, await sandbox.apiKey(product));
    const own = operationsOf(product).filter((op) => op.authenticated !== false && !op.path.includes("{"));
    const lists = own.filter((op) => op.method === "get");
    const creations = own.filter((op) => op.method === "post" && op.requestBody?.contentType !== "multipart/form-data");
    for (const op of [...lists, ...creations]) {
      const { path, body } = request(product, op);
      const response = await sandbox.call(op.method.toUpperCase(), path, { key: keys.get(product), body });
      // A broken list or creation would otherwise surface later as a puzzling 404 elsewhere.
      if (response.status >= 300) throw new Error(`${op.operationId} answered ${response.status}: ${response.text}`);
      learnIds(realIds, Object.values(op.responses)[0]?.example, response.json);
    }
  }
  return { keys, request };
}

export type ExampleRequests = Awaited<ReturnType<typeof exampleRequests>>;
