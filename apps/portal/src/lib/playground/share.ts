import { z } from "zod";

/** What a share link or history entry holds: never a key. */
export const SharedState = z.strictObject({
  product: z.string(),
  operation: z.string(),
  pathParams: z.record(z.string(), z.string()),
  query: z.record(z.string(), z.string()),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
export type SharedState = z.infer<typeof SharedState>;

/** Headers that identify the caller stay out of links and history. */
const PRIVATE_HEADERS = /^(authorization|cookie)$/i;

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
const fromBase64Url = (text: string) =>
  new TextDecoder().decode(
    Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (c) => c.charCodeAt(0)),
  );

export function encodeState(state: SharedState): string {
  const headers = Object.fromEntries(Object.entries(state.headers).filter(([name]) => !PRIVATE_HEADERS.test(name)));
  return toBase64Url(JSON.stringify({ ...state, headers }));
}

/** The state in a share link, or undefined when it is missing or not one of ours. */
export function decodeState(encoded: string | null): SharedState | undefined {
  if (!encoded) return undefined;
  try {
    const result = SharedState.safeParse(JSON.parse(fromBase64Url(encoded)));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
