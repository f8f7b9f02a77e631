import { getProduct } from "@portico/schemas/products";
import { useCallback, useEffect, useState } from "react";
import type { ProductId } from "@/lib/playground/operations";
import { findSandboxIds } from "@/lib/playground/sandbox-ids";

/** Ids from the reader's own sandbox, looked up once per key and product; `load` looks again. */
export function useSandboxIds(product: ProductId, key: string | undefined) {
  const [ids, setIds] = useState<Record<string, string>>({});

  const load = useCallback(
    async (apiKey: string) => {
      const found = await findSandboxIds(product, apiKey);
      setIds(found);
      return found;
    },
    [product],
  );

  useEffect(() => {
    if (key && getProduct(product).sandboxIds) void load(key);
  }, [key, product, load]);

  return { ids, load };
}
