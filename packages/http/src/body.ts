import type { ErrorDetail } from "@portico/schemas/common";
import { type InputLocation, loneSurrogateDetails, validationErrorEnvelope } from "@portico/schemas/validation";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { z } from "zod";
import { ApiError } from "./errors.ts";

/**
 * Parses `input` with `schema`, or throws the documented 400 (suggestions included) whose
 * message names where the input came from (the body unless told). Every string in `input` is
 * checked for lone surrogates first, whatever the schema, so no field can store one; `found`
 * replaces that check for input read from the URL, whose encoding is checked where it is decoded.
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  location: InputLocation = "body",
  found: readonly ErrorDetail[] = loneSurrogateDetails(input),
): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success && found.length === 0) return result.data;
  throw ApiError.fromEnvelope(400, validationErrorEnvelope(schema, input, result.error, location, found));
}

/** `raw` percent-decoded as UTF-8, or undefined when it is not UTF-8 (an encoded lone surrogate, `%ED%A0%80`). */
function decodeStrict(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

const undecodable = (field: string): ErrorDetail => ({
  field,
  code: "invalid_format",
  message: "must be percent-encoded UTF-8 (an encoded lone surrogate such as %ED%A0%80 is not)",
});

/** The request's JSON body validated against `schema`: 415 for another media type, 400 for bad JSON. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as application/json");
  }
  const text = await c.req.text();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON");
  }
  return parseWith(schema, input);
}

/**
 * The query string validated against `schema` (repeated parameters keep their last value). A
 * parameter whose name or value is not percent-encoded UTF-8 is a 400 naming it: `URLSearchParams`
 * would have turned it into U+FFFD silently.
 */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const { search, searchParams } = new URL(c.req.url);
  const found = search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => pair.replaceAll("+", " ").split("="))
    .filter((parts) => parts.some((part) => decodeStrict(part) === undefined))
    .map(([name = ""]) => undecodable(new URLSearchParams(`${name}=`).keys().next().value ?? name));
  return parseWith(schema, Object.fromEntries(searchParams), "query", found);
}

/**
 * The path parameters of the route that matched, validated against `schema`. A segment that is
 * not percent-encoded UTF-8 is a 400 naming its parameter (Hono keeps such a segment undecoded).
 */
export function readPathParams<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const segments = new URL(c.req.url).pathname.split("/");
  const found = routePath(c)
    .split("/")
    .flatMap((part, index) =>
      part.startsWith(":") && decodeStrict(segments[index] ?? "") === undefined ? [undecodable(part.slice(1))] : [],
    );
  return parseWith(schema, c.req.param(), "path", found);
}

/**
 * The multipart or urlencoded form of the request; a body that does not parse is a 400, never a 500.
 * The bytes are read first, into Hono's body cache, so a later reader (the idempotency fingerprint)
 * sees what was sent rather than the parsed form encoded again with a new boundary.
 */
export async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    await c.req.arrayBuffer();
    return await c.req.parseBody();
  } catch {
    throw new ApiError(400, "validation_error", "The form body could not be read", [
      { field: "(body)", code: "invalid_form", message: "Send a well-formed multipart/form-data or urlencoded body" },
    ]);
  }
}

/** Refuses any body larger than `maxBytes` with 413 `payload_too_large`, counting what is actually read. */
export const limitBody = (maxBytes: number, message = "The request body is too large") =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "payload_too_large", message);
    },
  });

/**
 * Refuses a JSON body larger than `maxBytes` (other media types pass): one declared larger before
 * it is read, and one sent without a length (chunked) as soon as what is read passes the limit.
 */
export const limitJsonBody = (maxBytes: number) => {
  const limit = limitBody(maxBytes, `JSON bodies are limited to ${maxBytes} bytes`);
  return createMiddleware(async (c, next) => {
    if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) return next();
    await limit(c, next);
  });
};
