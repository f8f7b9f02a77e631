/**
 * Table shapes as the query layer sees them. Columns are camelCase like the wire (Kysely quotes
 * every identifier, so PostgreSQL keeps the case). Times are ISO 8601 text and booleans 0/1 on
 * both engines, so a row reads the same whichever engine stored it.
 */
export interface Database {
  settings: { key: string; value: string };
  sandboxes: {
    id: string;
    product: string;
    environment: string;
    clientHash: string;
    createdAt: string;
    expiresAt: string;
  };
  apiKeys: {
    id: string;
    sandboxId: string;
    product: string;
    kind: "secret" | "publishable" | "tenant";
    /** SHA-256 of the key, hex: the key itself is never stored. */
    keyHash: string;
    scopes: string;
    createdAt: string;
  };
  applications: { id: string; workspaceId: string; name: string; createdAt: string };
  customers: {
    id: string;
    workspaceId: string;
    email: string;
    name: string;
    externalId: string | null;
    createdAt: string;
  };
  carts: {
    id: string;
    workspaceId: string;
    applicationId: string;
    currency: string;
    createdAt: string;
  };
  lineItems: {
    id: string;
    cartId: string;
    workspaceId: string;
    externalId: string | null;
    customerId: string | null;
    unitPrice: number;
    quantity: number;
    createdAt: string;
  };
  assets: {
    id: string;
    tenantId: string;
    hostname: string;
    system: string;
    protocol: string;
    algorithm: string;
    keySize: number;
    quantumVulnerable: number;
    migrationStatus: string;
    createdAt: string;
    updatedAt: string;
  };
  auditEvents: {
    id: string;
    tenantId: string;
    action: string;
    resourceId: string | null;
    requestId: string;
    apiKeyId: string;
    occurredAt: string;
  };
  idempotencyKeys: {
    apiKeyId: string;
    key: string;
    /** SHA-256 over method, path and body: the same key with another request is refused. */
    fingerprint: string;
    state: "running" | "done";
    status: number | null;
    headers: string | null;
    body: string | null;
    createdAt: string;
  };
  feedback: {
    id: string;
    pagePath: string;
    product: string;
    pageVersion: string;
    anchor: string | null;
    category: string | null;
    helpful: number;
    comment: string | null;
    email: string | null;
    status: string;
    note: string | null;
    /** Salted SHA-256 of the client address, for rate limiting; the address itself is never stored. */
    clientHash: string;
    /** How it arrived: `form` (the docs page) or `mcp` (an assistant, through `/mcp`). */
    channel: string;
    createdAt: string;
    updatedAt: string;
  };
  adminSessions: {
    /** HMAC-SHA256 of the session cookie's value, keyed by the admin token it was opened with. */
    id: string;
    createdAt: string;
    expiresAt: string;
    lastSeenAt: string | null;
  };
}
