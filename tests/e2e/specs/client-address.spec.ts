import { expect, test } from "../support/fixtures.ts";
import { startPortal, stopPortal } from "../support/portal-process.ts";

// Per-client limits count the address the portal trusts, not the X-Forwarded-For a client
// writes: by default the socket's peer; with trusted proxy hops, the entry the proxies vouch for.

const feedback = (base: string, forwardedFor: string) =>
  fetch(`${base}/api/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ pagePath: "/pqc/conventions", helpful: true }),
  }).then((response) => response.status);

test.describe("who the client is", () => {
  test("rotating X-Forwarded-For does not get past the per-client limit", async () => {
    const portal = await startPortal({ PORTICO_FEEDBACK_RATE_LIMIT: "3" });
    try {
      const statuses = [];
      for (let i = 1; i <= 5; i++) statuses.push(await feedback(portal.base, `203.0.113.${i}`));
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await stopPortal(portal.child);
    }
  });

  test("with one trusted proxy hop, the address the proxy appended is the client", async () => {
    const portal = await startPortal({ PORTICO_FEEDBACK_RATE_LIMIT: "3", PORTICO_TRUSTED_PROXY_HOPS: "1" });
    try {
      const first = [];
      for (let i = 0; i < 4; i++) first.push(await feedback(portal.base, "198.51.100.1"));
      expect(first).toEqual([201, 201, 201, 429]);
      // Another client behind the same proxy has its own allowance.
      expect(await feedback(portal.base, "198.51.100.2")).toBe(201);
      // Entries the first client forges in front of the proxy's are ignored.
      expect(await feedback(portal.base, "6.6.6.6, 198.51.100.1")).toBe(429);
    } finally {
      await stopPortal(portal.child);
    }
  });

  test("a trusted hop count that is not a number stops the start", async () => {
    await expect(startPortal({ PORTICO_TRUSTED_PROXY_HOPS: "one" })).rejects.toThrow(
      /PORTICO_TRUSTED_PROXY_HOPS must be a whole number/,
    );
  });
});
