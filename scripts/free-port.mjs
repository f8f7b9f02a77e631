// A loopback port nobody holds, asked of the kernel. Fixed ports collide with whatever else
// the machine runs (CI once picked 3306, which MariaDB held).
import { createServer } from "node:net";

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
    server.on("error", reject);
  });
}

// Run directly (`node scripts/free-port.mjs`), it prints one, for shell scripts.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await freePort());
