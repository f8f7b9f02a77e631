import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it("is the socket's peer by default, whatever the client claims", () => {
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.1, 10.0.0.2", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("with trusted proxies, is the entry that many hops back from the peer", () => {
    // Client 198.51.100.7 → load balancer 10.0.0.5 (appends the client) → portal.
    expect(clientAddress("198.51.100.7", "10.0.0.5", 1)).toBe("198.51.100.7");
    // A client that forges entries of its own only adds to the untrusted front of the chain.
    expect(clientAddress("6.6.6.6, 198.51.100.7", "10.0.0.5", 1)).toBe("198.51.100.7");
    // Two proxies: CDN 10.1.1.1 appends the client, the load balancer appends the CDN.
    expect(clientAddress("1.2.3.4, 198.51.100.7, 10.1.1.1", "10.0.0.5", 2)).toBe("198.51.100.7");
  });

  it("falls back to the farthest entry when fewer hops arrived than are configured", () => {
    expect(clientAddress(undefined, "10.0.0.5", 1)).toBe("10.0.0.5");
    expect(clientAddress(["198.51.100.7", "10.1.1.1"], "10.0.0.5", 5)).toBe("198.51.100.7");
  });
});
