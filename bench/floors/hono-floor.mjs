// The floor under the sandbox's numbers: a plain Hono app on @hono/node-server answering a constant
// JSON list, the same stack as the sandbox with no storage, auth or limits. Reads PORT.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
const page = { data: [], meta: { pagination: { cursor: null, hasMore: false, limit: 25 } } };
app.get("/api/v1/carts", (c) => c.json(page));
app.post("/api/v1/carts", (c) => c.json({ data: { id: "0193a0b2-5c4f-7a10-9b2c-1d2e3f4a5b6c" } }, 201));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
