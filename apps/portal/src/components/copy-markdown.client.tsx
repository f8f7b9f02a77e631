"use client";

import { useState } from "react";

/** Copies the page as clean Markdown, fetched from `<page>.md` only when asked for. */
export function CopyMarkdown({ href }: { href: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      const response = await fetch(`${href}.md`);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }
  return (
    <p className="page-actions">
      <button type="button" onClick={copy} className="page-actions__button">
        {state === "copied" ? "Copied" : state === "failed" ? "Could not copy" : "Copy page as Markdown"}
      </button>{" "}
      <a href={`${href}.md`}>View as Markdown</a>
      <span role="status" className="visually-hidden">
        {state === "copied" ? "Page copied as Markdown" : ""}
      </span>
    </p>
  );
}
