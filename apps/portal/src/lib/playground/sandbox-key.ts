import { credentialOf, type ProductId } from "./operations.ts";

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** A new sandbox key for the product, or the refusal as it came (status and body). */
export async function requestSandboxKey(
  product: ProductId,
  send: Fetch = (input, init) => fetch(input, init),
): Promise<{ key?: string } | { refused: { status: number; body: unknown } }> {
  const response = await send("/sandbox/keys", {
    method: "POST",
    credentials: "omit",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ product }),
  });
  const result = await response.json();
  if (!response.ok) return { refused: { status: response.status, body: result } };
  return { key: credentialOf(product, result.data) };
}
