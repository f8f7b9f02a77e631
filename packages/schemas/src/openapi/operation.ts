import type { z } from "zod";
import type { Quota } from "../common.ts";

/** A request or response body as the docs show it: schema, media type, one example. */
export interface BodySpec {
  /** Zod schema, or a raw JSON Schema for bodies Zod does not model (multipart files, CSV). */
  schema: z.ZodType | Record<string, unknown>;
  example: unknown;
  contentType?: string;
}

/** A response header as documented: `required` when every response of that status carries it. */
export interface HeaderSpec {
  description: string;
  schema: Record<string, unknown>;
  required?: boolean;
  example?: string;
}

export interface ResponseSpec extends Partial<BodySpec> {
  description: string;
  /** The same status in other media types (a refused form post's HTML page). */
  otherContent?: (BodySpec & { contentType: string })[];
  /** Response headers: an operation's own (Location, Content-Disposition); the build adds the conventions'. */
  headers?: Record<string, HeaderSpec>;
}

/**
 * One API operation, described once: the OpenAPI documents are built from these, and the
 * playground and client read the same list.
 */
export interface OperationSpec {
  operationId: string;
  method: "get" | "post" | "patch";
  /** OpenAPI path relative to the product's sandbox server, e.g. `/api/v1/carts/{cartId}`. */
  path: string;
  summary: string;
  description: string;
  tag: string;
  /** Overrides the document's server, for operations outside the product's base path. */
  server?: string;
  /** False for operations that take no sandbox API key. */
  authenticated?: boolean;
  /**
   * A health probe, answered by the process itself without the store (or, for readiness, with it as
   * its whole answer): it meets none of the errors other operations share; it lists its own.
   */
  probe?: true;
  /**
   * Overrides the document's security requirement (alternatives, as OpenAPI lists them): Portico's
   * admin takes its token or its session cookie. The operation then declares its own 401.
   */
  security?: Record<string, string[]>[];
  /**
   * What a 429 means for an operation that takes no API key (a per-client limit); such an operation
   * without one is never rate limited. Authenticated operations always have the per-key limit.
   */
  limit?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** What a key needs to call this (a key kind, a scope); the operation then documents 403. */
  permission?: string;
  /** When the operation answers 404 besides an unknown path parameter (an id in the body). */
  notFound?: string;
  /** The stored-resource limit this operation can exceed; it then documents 409 `quota_exceeded`. */
  quota?: Quota;
  /** POST and PATCH accept Idempotency-Key unless this is false. */
  idempotent?: boolean;
  requestBody?: BodySpec;
  /**
   * The request as a plain HTML form posts it (`application/x-www-form-urlencoded` or
   * `multipart/form-data`), besides or instead of `requestBody`. With `refusedAsHtml`, a refused
   * form post is answered with an HTML page at the same status.
   */
  formBody?: BodySpec & { refusedAsHtml?: boolean };
  responses: Record<number, ResponseSpec>;
}
