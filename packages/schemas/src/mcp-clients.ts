import { z } from "zod";

/** A Portico MCP endpoint: any origin, path `/mcp`. */
const McpUrl = z.url({ protocol: /^https?$/ }).regex(/\/mcp$/, "must be the portal's /mcp endpoint");

/** Claude Code's `.mcp.json` (project scope) with Portico as a Streamable HTTP server. */
export const ClaudeCodeConfig = z.strictObject({
  mcpServers: z.record(z.string(), z.strictObject({ type: z.literal("http"), url: McpUrl })),
});

/** Cursor's `.cursor/mcp.json` or `~/.cursor/mcp.json`: a `url` makes the server remote. */
export const CursorConfig = z.strictObject({
  mcpServers: z.record(z.string(), z.strictObject({ url: McpUrl })),
});

/** VS Code's `.vscode/mcp.json`: its servers live under `servers`, each with a `type`. */
export const VsCodeConfig = z.strictObject({
  servers: z.record(z.string(), z.strictObject({ type: z.literal("http"), url: McpUrl })),
});

/**
 * Claude Desktop's `claude_desktop_config.json`, which starts local (stdio) servers: the
 * `mcp-remote` bridge connects it to Portico's HTTP endpoint, the last argument.
 */
export const ClaudeDesktopConfig = z.strictObject({
  mcpServers: z.record(
    z.string(),
    z.strictObject({
      command: z.literal("npx"),
      args: z.tuple([z.literal("-y"), z.literal("mcp-remote"), McpUrl]),
    }),
  ),
});

/** Client configurations for Portico's MCP server, addressable as `mcp.<Name>` in content. */
export const schemas = { ClaudeCodeConfig, CursorConfig, VsCodeConfig, ClaudeDesktopConfig } satisfies Record<
  string,
  z.ZodType
>;
