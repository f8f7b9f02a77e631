import "server-only";
import { knownFailure } from "@portico/http/errors";
import { standaloneErrorResponse } from "@portico/http/respond";

/**
 * A route handler for an app that needs the store: while the store cannot be opened, each
 * request gets the documented 503 envelope with `Retry-After` and its request id (never an empty
 * 500), and the next request tries to open it again.
 */
export function answeredWhenOpen(app: () => Promise<{ fetch(request: Request): Response | Promise<Response> }>) {
  return async (request: Request): Promise<Response> => {
    let opened: Awaited<ReturnType<typeof app>>;
    try {
      opened = await app();
    } catch (error) {
      const known = knownFailure(error);
      if (!known) throw error;
      console.error(`portal: the store cannot be opened: ${(error as Error).message}`);
      return standaloneErrorResponse(request, known);
    }
    return opened.fetch(request);
  };
}
