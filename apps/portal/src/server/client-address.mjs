/**
 * The address of the client a request came from, as `X-Forwarded-For` will carry it to the app:
 * the socket's peer, unless `trustedHops` proxies in front of the portal (load balancers that
 * append the address they saw) are configured. Then the client is the entry that many places
 * from the end of the chain "claimed entries…, socket peer"; whatever a client wrote before it is
 * ignored, so rotating the header buys nothing.
 *
 * @param {string | string[] | undefined} forwardedFor the incoming X-Forwarded-For header
 * @param {string | undefined} peer the socket's remote address
 * @param {number} trustedHops proxies in front whose X-Forwarded-For entries are trusted
 * @returns {string}
 */
export function clientAddress(forwardedFor, peer, trustedHops) {
  const claimed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...claimed, peer ?? "unknown"];
  // With more hops configured than the chain has, the farthest entry is the best there is.
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? "unknown";
}
