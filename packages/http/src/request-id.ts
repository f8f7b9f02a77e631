import { RequestId } from "@portico/schemas/common";
import { createMiddleware } from "hono/factory";
import { v7 as uuidv7 } from "uuid";
import type { HttpEnv } from "./context.ts";

/** The client's `X-Request-Id` when it is valid, else a new one. */
export const requestIdFor = (sent: string | null | undefined): string =>
  sent != null && RequestId.safeParse(sent).success ? sent : uuidv7();

/** Echoes a valid client `X-Request-Id`, or mints one, on every response, errors included. */
export const requestId = createMiddleware<HttpEnv>(async (c, next) => {
  const id = requestIdFor(c.req.header("x-request-id"));
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
  c.res.headers.set("X-Request-Id", c.res.headers.get("X-Request-Id") ?? id);
});
