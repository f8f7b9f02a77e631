// The portal's production server: Next.js behind a plain Node HTTP server, for two reasons.
// Next.js keeps an X-Forwarded-For the client sent, so per-client limits could be dodged by
// rotating it; here the header is replaced before anything reads it, with the address
// `clientAddress` trusts. And the sandbox, an API that CI suites hammer, is answered here
// directly, without Next.js's per-request routing and Request/Response conversion, which cost it
// most of its throughput (bench/README.md).
// Reads PORT (3000), HOST (127.0.0.1) and PORTICO_TRUSTED_PROXY_HOPS (0: the socket's peer).
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { clientAddress } from "./src/server/client-address.mjs";
import { EVERYWHERE_HEADERS, RESOURCE_POLICY } from "./src/server/security-headers.mjs";

// Set before Next.js loads, as `next start` does, whoever runs this file.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const hops = process.env.PORTICO_TRUSTED_PROXY_HOPS ?? "0";
if (!/^\d+$/.test(hops)) {
  console.error(`portal: cannot start: PORTICO_TRUSTED_PROXY_HOPS must be a whole number, not "${hops}"`);
  process.exit(1);
}
const trustedHops = Number(hops);

const app = next({ dev: false, dir: fileURLToPath(new URL(".", import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Set by instrumentation.ts while Next.js starts (src/server/sandbox.ts): the sandbox's fetch handler.
const SANDBOX_HANDLER = Symbol.for("portico.sandbox-handler");
const sandbox = getRequestListener((request) => globalThis[SANDBOX_HANDLER](request), {
  // Leave Node's own Request and Response alone: Next.js shares this process.
  overrideGlobalObjects: false,
});
const isSandboxPath = (url = "") => /^\/sandbox(?:[/?]|$)/.test(url);

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddress(
    request.headers["x-forwarded-for"],
    request.socket.remoteAddress,
    trustedHops,
  );
  if (isSandboxPath(request.url) && globalThis[SANDBOX_HANDLER]) {
    // The headers next.config.ts gives every non-page response; the sandbox's own come on top.
    for (const { key, value } of EVERYWHERE_HEADERS) response.setHeader(key, value);
    response.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    sandbox(request, response);
    return;
  }
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`portal: ready on http://${hostname}:${port} (trusted proxy hops: ${trustedHops})`);
});
