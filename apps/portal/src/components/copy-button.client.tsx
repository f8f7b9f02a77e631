"use client";

import { useState } from "react";

/**
 * Copies the text of the code block it sits in (of its shown tab, when it has tabs); the outcome
 * is announced through a status region.
 */
export function CopyButton({ label }: { label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const figure = event.currentTarget.closest("figure");
    const pre = figure?.querySelector("[role=tabpanel]:not([hidden]) pre") ?? figure?.querySelector("pre");
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? "");
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  const text = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : "";
  return (
    <>
      <button type="button" className="copy-button" onClick={copy} aria-label={`Copy ${label}`}>
        {state === "idle" ? "Copy" : text}
      </button>
      <span role="status" className="visually-hidden">
        {text}
      </span>
    </>
  );
}
