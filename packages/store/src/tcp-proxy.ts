import { createConnection, createServer, type Server, type Socket } from "node:net";

export type ProxyMode = "forward" | "refuse" | "silent";

/**
 * A TCP proxy a test controls, between a client and a real server: `forward` passes bytes both
 * ways; `refuse` closes every new connection at once (a database that is down); `silent` accepts
 * and never answers (a database that hangs). `cut()` drops the connections already open.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  let mode: ProxyMode = "forward";
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => {});
    if (mode === "refuse") {
      client.destroy();
      return;
    }
    if (mode === "silent") return;
    const upstream = createConnection(target);
    open.add(upstream);
    upstream.on("close", () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("tcp proxy: no address");
  return {
    port: address.port,
    setMode(next: ProxyMode) {
      mode = next;
    },
    cut() {
      for (const socket of open) socket.destroy();
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;
