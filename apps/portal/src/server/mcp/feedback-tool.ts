import { FeedbackCreateRequest, FeedbackReceipt } from "@portico/schemas/feedback";
import { z } from "zod";
import { internalRequest, refusedBy } from "./internal-request";
import { defineTool } from "./tool";

export const sendDocFeedback = defineTool({
  name: "send_doc_feedback",
  title: "Send feedback on a docs page",
  description:
    "Sends a comment about a docs page, one of its sections (anchor) or an example to Portico's writers, exactly as the page's feedback form does (same checks and limits); it is marked as sent through MCP. Only send what the user asked to send.",
  input: FeedbackCreateRequest.omit({ website: true }),
  output: z.strictObject({ ...FeedbackReceipt.shape.data.shape }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async run(feedback, deps) {
    const response = await deps.feedback(
      internalRequest(deps, "/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(feedback),
      }),
    );
    if (response.status !== 201) throw await refusedBy(response);
    return FeedbackReceipt.parse(await response.json()).data;
  },
});
