import { createHash } from "node:crypto";

/** SHA-256, hex: how API keys are stored and how request bodies are fingerprinted. */
export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
