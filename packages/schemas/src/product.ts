import type { z } from "zod";
import type { OperationSpec } from "./openapi/operation.ts";

/** How a product's lists are shaped on the wire, which decides how a client walks them. */
export type ListEnvelope =
  /** `{data: [...], meta: {pagination: {cursor, hasMore, limit}}}`, `cursor` null when done. */
  | "data-meta-pagination"
  /** `{items: [...], nextCursor, hasMore}`, `nextCursor` null when done. */
  | "items-next-cursor";

/**
 * Everything Portico knows about one API product, declared once in the product's own module and
 * listed in `products.ts`. Keys, mounting, OpenAPI documents, the client, the playground, search and
 * the admin's filters all read it from there.
 */
export interface ProductDefinition {
  /** The product's folder under `content/`, and its path segment everywhere else. */
  id: string;
  /** Display name, e.g. "Inventory API". */
  name: string;
  /** One paragraph for the OpenAPI document and `/llms.txt`. */
  description: string;
  /** Where its sandbox is mounted on the portal: `/sandbox/<id>`. */
  server: string;
  /** Schemas that content may name as `<id>.<Name>`. */
  schemas: Record<string, z.ZodType>;
  /** Query schema name → the `METHOD /path` whose query it describes, for request-line examples. */
  queryRoutes: Partial<Record<string, string>>;
  /** Every operation of its API, in the order the reference lists them. */
  operations: OperationSpec[];
  /** What each of its operations' tags groups, in a sentence: the document's tag descriptions. */
  tags: Record<string, string>;
  /** What `POST /sandbox/keys` answers in `data` for this product. */
  sandboxKey: {
    schema: z.ZodObject;
    example: Record<string, unknown>;
    /** The field of `data` that is sent as `Authorization: Bearer …`. */
    credentialField: string;
    /** What a new sandbox holds, in a phrase, e.g. "a workspace with three applications". */
    summary: string;
  };
  conventions: {
    list: ListEnvelope;
    /** The docs section that lists the error codes, if the product documents them. */
    errorsHref?: string;
  };
  /**
   * Fields whose documented example ids the playground and the reference replace with ids from the
   * reader's own sandbox: each is filled with the first id of the list at `listPath` (relative to
   * `server`). `example` is the documented id it stands for: ids are primary keys shared by every
   * sandbox, so a new sandbox cannot hold the documented ids themselves.
   */
  sandboxIds?: { field: string; listPath: string; example: string }[];
}

/** Declares a product; the identity function keeps literal ids for `ProductId`. */
export const defineProduct = <const Id extends string>(
  definition: ProductDefinition & { id: Id },
): ProductDefinition & { id: Id } => definition;
