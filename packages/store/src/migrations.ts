import { type Kysely, type Migration, sql } from "kysely";

/**
 * Schema changes in order. Only portable column types (text, integer) so the same migration
 * runs on SQLite and PostgreSQL. A product's own tables belong in its sandbox module's
 * migrations (`Store.migrate`); the first two products' tables stay in `0001_sandbox` because
 * existing databases already have them recorded here.
 */
export const migrations: Record<string, Migration> = {
  "0001_sandbox": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("settings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("sandboxes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("product", "text", (c) => c.notNull())
        .addColumn("environment", "text", (c) => c.notNull())
        .addColumn("clientHash", "text", (c) => c.notNull())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .addColumn("expiresAt", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sandboxes_expiresAt").on("sandboxes").column("expiresAt").execute();
      await db.schema
        .createTable("apiKeys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("sandboxId", "text", (c) => c.notNull().references("sandboxes.id").onDelete("cascade"))
        .addColumn("product", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("keyHash", "text", (c) => c.notNull().unique())
        .addColumn("scopes", "text", (c) => c.notNull())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .execute();
      for (const [table, owner] of [
        ["applications", "workspaceId"],
        ["customers", "workspaceId"],
        ["carts", "workspaceId"],
      ] as const) {
        let builder = db.schema
          .createTable(table)
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn(owner, "text", (c) => c.notNull().references("sandboxes.id").onDelete("cascade"))
          .addColumn("createdAt", "text", (c) => c.notNull());
        if (table === "applications") builder = builder.addColumn("name", "text", (c) => c.notNull());
        if (table === "customers") {
          builder = builder
            .addColumn("email", "text", (c) => c.notNull())
            .addColumn("name", "text", (c) => c.notNull())
            .addColumn("externalId", "text");
        }
        if (table === "carts") {
          builder = builder
            .addColumn("applicationId", "text", (c) => c.notNull().references("applications.id").onDelete("cascade"))
            .addColumn("currency", "text", (c) => c.notNull());
        }
        await builder.execute();
        await db.schema.createIndex(`${table}_owner_id`).on(table).columns([owner, "id"]).execute();
      }
      await db.schema
        .createTable("lineItems")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("cartId", "text", (c) => c.notNull().references("carts.id").onDelete("cascade"))
        .addColumn("workspaceId", "text", (c) => c.notNull())
        .addColumn("externalId", "text")
        .addColumn("customerId", "text", (c) => c.references("customers.id").onDelete("set null"))
        .addColumn("unitPrice", "integer", (c) => c.notNull())
        .addColumn("quantity", "integer", (c) => c.notNull())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("lineItems_cart_id").on("lineItems").columns(["cartId", "id"]).execute();
      await db.schema
        .createTable("assets")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("tenantId", "text", (c) => c.notNull().references("sandboxes.id").onDelete("cascade"))
        .addColumn("hostname", "text", (c) => c.notNull())
        .addColumn("system", "text", (c) => c.notNull())
        .addColumn("protocol", "text", (c) => c.notNull())
        .addColumn("algorithm", "text", (c) => c.notNull())
        .addColumn("keySize", "integer", (c) => c.notNull())
        .addColumn("quantumVulnerable", "integer", (c) => c.notNull())
        .addColumn("migrationStatus", "text", (c) => c.notNull())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .addColumn("updatedAt", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("assets_tenant_id").on("assets").columns(["tenantId", "id"]).execute();
      await db.schema
        .createTable("auditEvents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("tenantId", "text", (c) => c.notNull().references("sandboxes.id").onDelete("cascade"))
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("resourceId", "text")
        .addColumn("requestId", "text", (c) => c.notNull())
        .addColumn("apiKeyId", "text", (c) => c.notNull())
        .addColumn("occurredAt", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("auditEvents_tenant_id").on("auditEvents").columns(["tenantId", "id"]).execute();
      await db.schema
        .createTable("idempotencyKeys")
        .addColumn("apiKeyId", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("fingerprint", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("status", "integer")
        .addColumn("headers", "text")
        .addColumn("body", "text")
        .addColumn("createdAt", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("idempotencyKeys_pk", ["apiKeyId", "key"])
        .execute();
      await db.schema.createIndex("idempotencyKeys_createdAt").on("idempotencyKeys").column("createdAt").execute();
    },
  },
  "0002_feedback": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("feedback")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("pagePath", "text", (c) => c.notNull())
        .addColumn("product", "text", (c) => c.notNull())
        .addColumn("pageVersion", "text", (c) => c.notNull())
        .addColumn("anchor", "text")
        .addColumn("category", "text")
        .addColumn("helpful", "integer", (c) => c.notNull())
        .addColumn("comment", "text")
        .addColumn("email", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("clientHash", "text", (c) => c.notNull())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .addColumn("updatedAt", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("feedback_page").on("feedback").columns(["pagePath", "id"]).execute();
      await db.schema.createIndex("feedback_status").on("feedback").columns(["status", "id"]).execute();
      await db.schema
        .createTable("adminSessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("createdAt", "text", (c) => c.notNull())
        .addColumn("expiresAt", "text", (c) => c.notNull())
        .execute();
    },
  },
  "0003_admin_session_idle": {
    // When a session was last used, for the admin's idle limit; null on sessions made before.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("adminSessions").addColumn("lastSeenAt", "text").execute();
    },
  },
  "0004_forget_client_salt": {
    // Client hashes were salted with a value kept here, beside them, so the database alone gave
    // addresses back. The key now lives outside the database; forgetting the salt protects the
    // hashes already stored.
    async up(db: Kysely<unknown>) {
      await sql`delete from settings where key = ${"clientSalt"}`.execute(db);
    },
  },
  "0005_feedback_channel": {
    // How feedback arrived: the docs page's form, or an assistant through the MCP server. Rows
    // stored before came through the form, the only way there was.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("feedback")
        .addColumn("channel", "text", (c) => c.notNull().defaultTo("form"))
        .execute();
    },
  },
};
