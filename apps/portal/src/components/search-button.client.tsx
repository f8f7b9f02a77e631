"use client";

import { type ComponentType, useEffect, useState } from "react";

/** Whether a key press goes into something the reader is typing in, where "/" is just a character. */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null);

/**
 * The header's search button and its shortcuts, Ctrl/Cmd-K anywhere and "/" outside form fields. The dialog, MiniSearch and the index
 * are downloaded only the first time search opens.
 */
export function SearchButton() {
  const [Dialog, setDialog] = useState<ComponentType<{ onClose: () => void }> | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        // Registered before Scalar's request client, whose own Ctrl+K palette would open too.
        event.stopImmediatePropagation();
        setOpen(true);
      } else if (event.key === "/" && !event.metaKey && !event.ctrlKey && !event.altKey && !typingIn(event.target)) {
        event.preventDefault();
        setOpen(true);
      }
    }
    addEventListener("keydown", onKey);
    return () => removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (open && !Dialog) void import("./search-dialog.client").then((module) => setDialog(() => module.SearchDialog));
  }, [open, Dialog]);

  return (
    <>
      <button
        type="button"
        className="search-button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K /"
      >
        Search <kbd>Ctrl K</kbd>
      </button>
      {open && Dialog ? <Dialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
