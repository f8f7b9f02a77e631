import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import { ApiError, knownFailure } from "@portico/http/errors";
import { ErrorEnvelope } from "@portico/schemas/common";
import { validationErrorEnvelope } from "@portico/schemas/validation";
import { z } from "zod";
import type { McpDeps } from "./mcp-deps";

/** The largest tool answer, serialized: an assistant's context is not a place for megabytes. */
export const MAX_TOOL_RESULT_BYTES = 256 * 1024;

/** One MCP tool: its schemas (the JSON Schemas a client sees are generated from them), hints and work. */
export interface ToolDefinition<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  annotations: Required<Pick<ToolAnnotations, "readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint">>;
  run: (input: z.infer<I>, deps: McpDeps) => Promise<z.infer<O>>;
}

/** Keeps `run`'s parameter and result typed by the tool's own schemas. */
export const defineTool = <I extends z.ZodObject, O extends z.ZodObject>(tool: ToolDefinition<I, O>) =>
  tool as unknown as ToolDefinition;

/**
 * The JSON Schema of a tool's object schema. A shared schema with an id (`SandboxKeyRequest`) comes
 * out as a `$ref` to its definition, while MCP wants `type: "object"` at the root: the definition
 * is lifted there, and `$defs` kept for any reference inside it.
 */
function objectJsonSchema(schema: z.ZodObject, io: "input" | "output") {
  const { $ref, $defs, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  const id = typeof $ref === "string" ? /^#\/\$defs\/(.+)$/.exec($ref)?.[1] : undefined;
  const root = id === undefined ? {} : ($defs?.[id] as Record<string, unknown> | undefined);
  return { ...rest, ...root, ...($defs ? { $defs } : {}) } as { type: "object"; [key: string]: unknown };
}

/** A tool as `tools/list` describes it: JSON Schemas generated from the Zod ones. */
export function describeTool(tool: ToolDefinition) {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: objectJsonSchema(tool.input, "input"),
    outputSchema: objectJsonSchema(tool.output, "output"),
    annotations: { title: tool.title, ...tool.annotations },
  };
}

/** What `tools/call` answers: the result as structured content and as its JSON text. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: "text"; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/**
 * A tool error: the API's error envelope as JSON text, flagged `isError`. Not as structured
 * content, which clients hold to the tool's output schema, errors included.
 */
export function toolError(envelope: ErrorEnvelope): ToolResult {
  return { content: [{ type: "text", text: JSON.stringify(ErrorEnvelope.parse(envelope)) }], isError: true };
}

/**
 * Runs a tool on raw arguments: they are parsed with the tool's schema (a refusal is the same
 * `validation_error` envelope the HTTP APIs answer, field suggestions included), a known failure
 * becomes its envelope, anything else `internal_error` with nothing of the stack, and an answer
 * over {@link MAX_TOOL_RESULT_BYTES} is refused rather than sent.
 */
export async function callTool(tool: ToolDefinition, args: unknown, deps: McpDeps): Promise<ToolResult> {
  const parsed = tool.input.safeParse(args ?? {});
  if (!parsed.success) return toolError(validationErrorEnvelope(tool.input, args ?? {}, parsed.error));
  let result: Record<string, unknown>;
  try {
    result = await tool.run(parsed.data, deps);
  } catch (error) {
    if (error instanceof ApiError) return toolError(error.toEnvelope());
    const known = knownFailure(error);
    if (known) return toolError(known.toEnvelope());
    console.error(`mcp: ${tool.name} failed:`, error);
    return toolError({ error: { code: "internal_error", message: "Something went wrong on our side" } });
  }
  const text = JSON.stringify(result);
  if (Buffer.byteLength(text) > MAX_TOOL_RESULT_BYTES) {
    return toolError({
      error: {
        code: "payload_too_large",
        message: `The answer is over ${MAX_TOOL_RESULT_BYTES} bytes; ask for less (a smaller limit, one operation)`,
      },
    });
  }
  return { content: [{ type: "text", text }], structuredContent: result };
}
