"use client";

import { useOrigin } from "./playground/use-origin";

/**
 * The origin that served the page, inside a prerendered code sample; the placeholder until
 * scripts run (and without them), so the server's HTML and the first render agree.
 */
export function SampleOrigin({ placeholder }: { placeholder: string }) {
  return useOrigin() || placeholder;
}
