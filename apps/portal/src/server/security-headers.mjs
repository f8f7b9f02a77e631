// The response headers the portal sends, in one place: next.config.ts applies them to what
// Next.js serves, and server.mjs to the sandbox requests it answers without Next.js.

/** On every response. */
export const EVERYWHERE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/** The policy for responses that are not pages: JSON, Markdown, text and the no-JavaScript feedback reply. */
export const RESOURCE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
