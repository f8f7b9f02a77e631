// The portal's production server: Next.js behind a plain Node HTTP server, for one reason. Next.js
// keeps an X-Forwarded-For the client sent, so per-client limits could be dodged by rotating it;
// here the header is replaced before Next.js sees it, with the address `clientAddress` trusts.
// Reads PORT (3000), HOST (127.0.0.1) and PORTICO_TRUSTED_PROXY_HOPS (0: the socket's peer).
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { clientAddress } from "./src/server/client-address.mjs";

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

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddress(
    request.headers["x-forwarded-for"],
    request.socket.remoteAddress,
    trustedHops,
  );
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`portal: ready on http://${hostname}:${port} (trusted proxy hops: ${trustedHops})`);
});
