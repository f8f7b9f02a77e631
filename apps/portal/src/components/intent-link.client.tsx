"use client";

import Link from "next/link";
import { type ComponentProps, useState } from "react";

/**
 * `next/link` that prefetches its page when the reader shows intent (pointer over it, keyboard
 * focus, a touch) rather than when it scrolls into view. A docs page shows a dozen or more links
 * at once, and viewport prefetching fetched every one's payload on every view, about 75 KiB no
 * reader asked for. Navigation stays client-side either way.
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  const noting =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      // null is Next.js's default (static) prefetching, switched on once intent is shown.
      prefetch={intent ? null : false}
      onMouseEnter={noting(onMouseEnter)}
      onTouchStart={noting(onTouchStart)}
      onFocus={noting(onFocus)}
    />
  );
}
