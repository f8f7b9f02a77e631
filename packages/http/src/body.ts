import { type InputLocation, validationErrorEnvelope } from "@portico/schemas/validation";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { ApiError } from "./errors.ts";

/**
 * Parses `input` with `schema`, or throws the documented 400 (suggestions included) whose
 * message names where the input came from (the body unless told).
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  location: InputLocation = "body",
): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw ApiError.fromEnvelope(400, validationErrorEnvelope(schema, input, result.error, location));
}

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

/** The query string validated against `schema` (repeated parameters keep their last value). */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseWith(schema, Object.fromEntries(new URL(c.req.url).searchParams), "query");
}

/** The multipart or urlencoded form of the request; a body that does not parse is a 400, never a 500. */
export async function readForm(c: Context): Promise<Record<string, string | File | (string | File)[]>> {
  try {
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
