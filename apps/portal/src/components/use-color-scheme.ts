"use client";

import { useSyncExternalStore } from "react";

const media = () => matchMedia("(prefers-color-scheme: dark)");

/** The theme in force: the reader's choice (`data-theme`, set by the toggle) or else the system's. */
function current(): "light" | "dark" {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return media().matches ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const query = media();
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  query.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    query.removeEventListener("change", onChange);
  };
}

/**
 * The current colour scheme, updated when the reader toggles it or the system changes; for what
 * CSS cannot colour, such as a canvas. Undefined on the server, which cannot know it.
 */
export function useColorScheme(): "light" | "dark" | undefined {
  return useSyncExternalStore(subscribe, current, () => undefined);
}
