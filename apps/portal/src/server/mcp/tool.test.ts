import { ApiError } from "@portico/http/errors";
import { ErrorEnvelope } from "@portico/schemas/common";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { McpDeps } from "./mcp-deps";
import { callTool, defineTool, describeTool, MAX_TOOL_RESULT_BYTES } from "./tool";

const deps = {} as McpDeps;
const hints = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

/** A tool that answers whatever `run` does with its `size` argument. */
const toolRunning = (run: (size: number) => Promise<{ text: string }>) =>
  defineTool({
    name: "probe",
    title: "Probe",
    description: "A tool for these tests",
    input: z.strictObject({ size: z.number().int().min(0) }),
    output: z.strictObject({ text: z.string() }),
    annotations: hints,
    run: ({ size }) => run(size),
  });

const envelopeOf = (result: Awaited<ReturnType<typeof callTool>>) =>
  ErrorEnvelope.parse(JSON.parse(result.content[0]?.text ?? "null"));

describe("callTool", () => {
  it("answers the result as structured content and the same JSON text", async () => {
    const result = await callTool(
      toolRunning(async (size) => ({ text: "x".repeat(size) })),
      { size: 3 },
      deps,
    );
    expect(result).toEqual({ content: [{ type: "text", text: '{"text":"xxx"}' }], structuredContent: { text: "xxx" } });
  });

  it("refuses an answer over the size bound with payload_too_large", async () => {
    const tool = toolRunning(async (size) => ({ text: "x".repeat(size) }));
    const result = await callTool(tool, { size: MAX_TOOL_RESULT_BYTES }, deps);
    expect(result.isError).toBe(true);
    expect(envelopeOf(result).error.code).toBe("payload_too_large");
  });

  it("turns an ApiError into its envelope", async () => {
    const tool = toolRunning(async () => {
      throw new ApiError(404, "not_found", "The thing was not found");
    });
    const result = await callTool(tool, { size: 1 }, deps);
    expect(envelopeOf(result)).toEqual({ error: { code: "not_found", message: "The thing was not found" } });
  });

  it("answers an unexpected failure with internal_error and nothing of the error itself", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const tool = toolRunning(async () => {
      throw new Error("secret detail at /srv/app.js:12");
    });
    const result = await callTool(tool, { size: 1 }, deps);
    expect(envelopeOf(result).error.code).toBe("internal_error");
    expect(result.content[0]?.text).not.toContain("secret detail");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("refuses bad arguments with the API's validation envelope", async () => {
    const result = await callTool(
      toolRunning(async () => ({ text: "" })),
      { size: -1, extra: true },
      deps,
    );
    const { error } = envelopeOf(result);
    expect(error.code).toBe("validation_error");
    expect(error.details?.map((detail) => ("field" in detail ? detail.field : detail.received))).toEqual([
      "size",
      ["extra"],
    ]);
  });
});

describe("describeTool", () => {
  it("puts an object schema with an id at the root, as MCP requires", () => {
    const Named = z.strictObject({ product: z.enum(["a", "b"]) }).meta({ id: "Named" });
    const tool = defineTool({
      name: "named",
      title: "Named",
      description: "A tool whose input schema has an id",
      input: Named,
      output: z.strictObject({ ok: z.boolean() }),
      annotations: hints,
      run: async () => ({ ok: true }),
    });
    const { inputSchema } = describeTool(tool);
    expect(inputSchema).toMatchObject({ type: "object", required: ["product"], additionalProperties: false });
  });
});
