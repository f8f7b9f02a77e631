import { z } from "zod";
import type { ErrorDetail, ErrorEnvelope } from "./common.ts";

/**
 * Stale or store-era names mapped to the canonical camelCase field. snake_case spellings of
 * canonical fields need no entry: they are converted.
 */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  app_id: "applicationId",
  appId: "applicationId",
  application: "applicationId",
  customer: "customerId",
  cust_id: "customerId",
  items: "lineItems",
  line_items_attributes: "lineItems",
  price: "unitPrice",
  unit_amount: "unitPrice",
  amount: "unitPrice",
  qty: "quantity",
  sku: "externalId",
  external_ref: "externalId",
  currency_code: "currency",
  key_size: "keySize",
  keyLength: "keySize",
  host: "hostname",
  status: "migrationStatus",
};

const toCamel = (key: string) => key.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The canonical field an unknown key most likely meant, or undefined when none is known. */
export function suggestField(key: string, knownKeys: readonly string[]): string | undefined {
  const known = new Set(knownKeys);
  const candidates = [toCamel(key), FIELD_ALIASES[key], FIELD_ALIASES[toCamel(key)]];
  const direct = candidates.find((candidate) => candidate !== undefined && candidate !== key && known.has(candidate));
  if (direct) return direct;
  const lower = key.replace(/[_-]/g, "").toLowerCase();
  return knownKeys.find((k) => k.toLowerCase() === lower && k !== key);
}

/** The object schema found at `path` inside `schema`, through objects, arrays and optionals. */
function objectAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of [...path, null]) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    }
    if (segment === null) break;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
  }
  return current instanceof z.ZodObject ? current : undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The issue codes Zod reports for a value that is not there, depending on the field's type. */
const ABSENCE_CODES = new Set<string>(["invalid_type", "invalid_value", "invalid_union"]);

/**
 * Whether `issue` says a value is absent rather than wrong: the field is not in `input` at all.
 * Zod reports an absent string or number as `invalid_type`, an absent enum or literal as
 * `invalid_value` and an absent union as `invalid_union`; a field that is simply not there is
 * missing whatever its type, as the conventions' `missing_application_id` example shows.
 */
const isAbsence = (issue: z.core.$ZodIssue, input: unknown) =>
  ABSENCE_CODES.has(issue.code) && issue.path.length > 0 && valueAt(input, issue.path) === undefined;

/**
 * Every `missing_<field>` code {@link validationErrorEnvelope} can answer for `schema`: one per
 * required field at any depth (whatever its type: a string, a number, an enum, a literal), named
 * by its last path segment.
 */
export function missingFieldCodes(schema: z.ZodType): string[] {
  const codes = new Set<string>();
  const visit = (node: z.ZodType | undefined) => {
    let current = node;
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    }
    if (current instanceof z.ZodArray) visit(current.element as z.ZodType);
    if (!(current instanceof z.ZodObject)) return;
    for (const [field, child] of Object.entries(current.shape as Record<string, z.ZodType>)) {
      const issues = child.safeParse(undefined).error?.issues ?? [];
      if (issues.length === 1 && ABSENCE_CODES.has(issues[0]?.code ?? "")) codes.add(`missing_${toSnake(field)}`);
      visit(child);
    }
  };
  visit(schema);
  return [...codes];
}

const dotted = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Where the validated input came from; the envelope's message names it. */
export type InputLocation = "body" | "query" | "path";

const FAILED: Record<InputLocation, string> = {
  body: "Request body validation failed",
  query: "Query parameter validation failed",
  path: "Path parameter validation failed",
};

/** Half of a UTF-16 surrogate pair standing alone: no UTF-8 store can hold it as sent. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Where a value sits, as a chain back to the root: copying whole paths would cost O(depth²). */
interface Place {
  key: string;
  parent: Place | undefined;
}

const pathOf = (place: Place | undefined): string[] => {
  const path: string[] = [];
  for (let at = place; at !== undefined; at = at.parent) path.unshift(at.key);
  return path;
};

const loneSurrogate = (place: Place | undefined): ErrorDetail => ({
  field: dotted(pathOf(place)),
  code: "invalid_format",
  message: "must not contain a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF)",
});

/**
 * A detail for every string in `input` (a value or an object key) holding a lone surrogate, such
 * as JSON's `"\ud800"`: SQLite stored it as three U+FFFD and PostgreSQL as one, while the 201
 * echoed what was sent. Walked without recursion, in time linear in the input, so a deeply nested
 * body can neither overflow the stack nor hold the CPU.
 */
export function loneSurrogateDetails(input: unknown): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const pending: [unknown, Place | undefined][] = [[input, undefined]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, place] = next;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) details.push(loneSurrogate(place));
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const at = { key, parent: place };
        if (LONE_SURROGATE.test(key)) details.push(loneSurrogate(at));
        pending.push([child, at]);
      }
    }
  }
  return details;
}

/**
 * Turns a failed parse of `input` against `schema` into the documented error envelope:
 * unknown keys become `unrecognized_keys` details with the canonical field suggested; a single
 * missing field gets its own code (`missing_application_id`); anything else is `validation_error`.
 * The message names `location`: the body, the query string or the path. `found` are problems seen
 * before the schema ran (lone surrogates unless told), listed first.
 */
export function validationErrorEnvelope(
  schema: z.ZodType,
  input: unknown,
  error: z.ZodError | undefined,
  location: InputLocation = "body",
  found: readonly ErrorDetail[] = loneSurrogateDetails(input),
): ErrorEnvelope {
  const details: ErrorDetail[] = [...found];
  const missing: string[] = [];
  for (const issue of error?.issues ?? []) {
    if (issue.code === "unrecognized_keys") {
      const knownKeys = Object.keys(objectAt(schema, issue.path)?.shape ?? {});
      for (const key of issue.keys) {
        const suggestion = suggestField(key, knownKeys);
        details.push({
          path: dotted(issue.path),
          code: "unrecognized_keys",
          message: `Unsupported field(s): ${key}`,
          received: [key],
          ...(suggestion ? { suggestion } : {}),
        });
      }
    } else if (isAbsence(issue, input)) {
      missing.push(dotted(issue.path));
      details.push({ field: dotted(issue.path), code: "required", message: "Required" });
    } else {
      details.push({ field: dotted(issue.path), code: issue.code, message: issue.message });
    }
  }
  const [onlyMissing] = missing;
  if (onlyMissing !== undefined && missing.length === 1 && details.length === 1) {
    const field = onlyMissing.split(".").at(-1) ?? onlyMissing;
    return { error: { code: `missing_${toSnake(field)}`, message: `${onlyMissing} is required`, details } };
  }
  return { error: { code: "validation_error", message: FAILED[location], details } };
}
