import { getProduct } from "@portico/schemas/products";
import { firstIdOfList, type ProductId } from "./operations.ts";

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Ids that exist in the reader's own sandbox (the first item of each list the product names),
 * to put in place of the docs' example ids. Lists that fail are left out.
 */
export async function findSandboxIds(
  product: ProductId,
  key: string,
  send: Fetch = (input, init) => fetch(input, init),
): Promise<Record<string, string>> {
  const { server, sandboxIds: sources = [] } = getProduct(product);
  const found = await Promise.all(
    sources.map(async ({ field, listPath }) => {
      const response = await send(`${server}${listPath}?limit=1`, {
        headers: { authorization: `Bearer ${key}` },
        credentials: "omit",
      });
      return [field, response.ok ? firstIdOfList(product, await response.json()) : undefined] as const;
    }),
  );
  return Object.fromEntries(found.filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * The body with the given ids in the top-level fields it already has, pretty-printed; undefined
 * when it is not a JSON object yet or nothing changes.
 */
export function fillIds(body: string, ids: Record<string, string>): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  let changed = false;
  for (const [field, id] of Object.entries(ids)) {
    if (field in record && record[field] !== id) {
      record[field] = id;
      changed = true;
    }
  }
  return changed ? JSON.stringify(record, null, 2) : undefined;
}
