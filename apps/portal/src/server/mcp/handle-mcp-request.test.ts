import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorEnvelope } from "@portico/schemas/common";
import { beforeAll, describe, expect, it, vi } from "vitest";

let handleMcpRequest: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // A limit small enough to meet, and a key file of its own; read when the modules load.
  vi.stubEnv("PORTICO_MCP_RATE_LIMIT", "2");
  vi.stubEnv("PORTICO_SQLITE_PATH", join(mkdtempSync(join(tmpdir(), "portico-mcp-")), "p.db"));
  ({ handleMcpRequest } = await import("./handle-mcp-request"));
});

const listTools = (headers: Record<string, string> = {}) =>
  new Request("http://portal.test/mcp", {
    method: "POST",
    headers: {
      host: "portal.test",
      "content-type": "application/json",
      accept: "application/json, text/event-stream",
      "mcp-protocol-version": "2025-11-25",
      ...headers,
    },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
  });

describe("/mcp before MCP runs", () => {
  it("refuses a foreign Origin with 403 and the error envelope", async () => {
    const response = await handleMcpRequest(listTools({ origin: "http://attacker.example" }));
    expect(response.status).toBe(403);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(ErrorEnvelope.parse(await response.json()).error.code).toBe("forbidden");
  });

  it("answers any method but POST with 405 and Allow: POST", async () => {
    const response = await handleMcpRequest(
      new Request("http://portal.test/mcp", { headers: { host: "portal.test" } }),
    );
    expect([response.status, response.headers.get("allow")]).toEqual([405, "POST"]);
    expect(ErrorEnvelope.parse(await response.json()).error.code).toBe("method_not_allowed");
  });

  it("serves the client's allowance, then answers 429 with Retry-After", async () => {
    const client = { "x-forwarded-for": "198.51.100.9", origin: "http://portal.test" };
    for (const _ of [1, 2]) {
      const response = await handleMcpRequest(listTools(client));
      expect(response.status).toBe(200);
      expect((await response.json()).result.tools.length).toBeGreaterThan(0);
    }
    const refused = await handleMcpRequest(listTools(client));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ErrorEnvelope.parse(await refused.json()).error.code).toBe("rate_limited");
    // Another client still has its own allowance.
    expect((await handleMcpRequest(listTools({ "x-forwarded-for": "198.51.100.10" }))).status).toBe(200);
  });
});
