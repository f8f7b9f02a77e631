"use client";

import { useEffect, useState } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

const isDark = () =>
  (document.documentElement.dataset.theme ??
    (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark";

/**
 * Switches between light and dark and remembers the choice. Until the reader chooses, the page
 * follows the system setting (see the inline script in the root layout).
 */
export function ThemeToggle() {
  // Unknown until mounted: the server cannot see the reader's theme, so aria-pressed waits.
  const [dark, setDark] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    setDark(isDark());
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => setDark(isDark());
    media.addEventListener("change", follow);
    return () => media.removeEventListener("change", follow);
  }, []);

  function toggle() {
    const next = isDark() ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    setDark(next === "dark");
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page view only.
    }
  }

  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-label="Dark mode" aria-pressed={dark}>
      <svg className="theme-toggle__sun" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="12" cy="12" r="4.5" fill="currentColor" />
        <path
          d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <svg className="theme-toggle__moon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11z" fill="currentColor" />
      </svg>
    </button>
  );
}
