import { RequestId } from "@portico/schemas/common";
import { createMiddleware } from "hono/factory";
import { v7 as uuidv7 } from "uuid";
import type { HttpEnv } from "./context.ts";

/** Echoes a valid client `X-Request-Id`, or mints one, on every response, errors included. */
export const requestId = createMiddleware<HttpEnv>(async (c, next) => {
  const sent = c.req.header("x-request-id");
  const id = sent !== undefined && RequestId.safeParse(sent).success ? sent : uuidv7();
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
  c.res.headers.set("X-Request-Id", c.res.headers.get("X-Request-Id") ?? id);
});
