"use client";

import { useState } from "react";

/** Copies the text of the code block it sits in. */
export function CopyButton() {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const pre = event.currentTarget.closest("figure")?.querySelector("pre");
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? "");
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <button type="button" className="copy-button" onClick={copy} aria-live="polite">
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "Copy"}
    </button>
  );
}
