import { encodeState, type SharedState } from "./share.ts";

/** The request a link fills in, besides the product and operation it opens. */
export type LinkedRequest = Pick<SharedState, "pathParams" | "query" | "headers" | "body">;

/**
 * The one place a playground URL is made: docs' "Try it", share, history and the playground's
 * own navigation. Only the request's fields go into `state` (a history entry's status and time
 * stay out), and `encodeState` drops any credential header.
 */
export function playgroundHref(product: string, operation: string, request?: LinkedRequest): string {
  const params = new URLSearchParams({ product, operation });
  if (request) {
    const { pathParams, query, headers, body } = request;
    params.set("state", encodeState({ product, operation, pathParams, query, headers, body }));
  }
  return `/playground?${params}`;
}
