import { SandboxKeyRequest } from "@portico/schemas/sandbox-keys";
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

/**
 * The product and key a `POST /sandbox/keys` sent to `origin` by another client (the reference's
 * Test Request) was answered with; none for any other request, a refusal or a body it cannot read.
 */
export async function createdSandboxKey(
  origin: string,
  request: Request,
  response: Response,
): Promise<{ product: ProductId; key: string } | undefined> {
  if (request.method !== "POST" || request.url !== `${origin}/sandbox/keys` || !response.ok) return undefined;
  try {
    const asked = SandboxKeyRequest.safeParse(await request.clone().json());
    const answer: unknown = await response.clone().json();
    if (!asked.success || typeof answer !== "object" || answer === null) return undefined;
    const { data } = answer as { data?: unknown };
    if (typeof data !== "object" || data === null) return undefined;
    const key = credentialOf(asked.data.product, data as Record<string, unknown>);
    return key ? { product: asked.data.product, key } : undefined;
  } catch {
    return undefined;
  }
}
