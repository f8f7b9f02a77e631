import { useCallback, useEffect, useState } from "react";
import type { ProductId } from "@/lib/playground/operations";
import { readKeys, writeKeys } from "@/lib/playground/stored-keys";
import type { ServedDocument } from "@/lib/reference/scalar-document";
import { browserKeyStores } from "../playground/use-sandbox-keys";

/** What Scalar is given: the document it shows and the reader's key, if any. */
export interface ReferenceSource {
  content: ServedDocument;
  key?: string;
}

/**
 * Once `wanted`, the served document prepared for this reader (see `scalarDocument`) with the
 * sandbox key the playground stored for the product; "failed" when the document could not be read.
 * The key is never put in a URL; without one, Scalar sends no key and the sandbox's 401 says how to
 * get one. `keepCreatedKey`, given each answer Scalar receives, stores a key the reader created with
 * Test Request where the playground keeps keys, and offers it for this product from then on.
 */
export function useReferenceSource(product: ProductId, documentUrl: string, wanted: boolean) {
  const [source, setSource] = useState<ReferenceSource | "failed" | null>(null);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const key = readKeys(browserKeyStores).keys[product];
    // Preparing the document needs the product registry and its schemas (about 50 KiB of gzipped
    // script), so it loads when Scalar is wanted, not with the page.
    import("./reference-source")
      .then(({ prepareReference }) => prepareReference(product, documentUrl, key, location.origin))
      .then(
        (content) => current && setSource({ content, key }),
        () => current && setSource("failed"),
      );
    return () => {
      current = false;
    };
  }, [product, documentUrl, wanted]);

  const keepCreatedKey = useCallback(
    async ({ request, response }: { request: Request; response: Response }) => {
      const { createdSandboxKey } = await import("@/lib/playground/sandbox-key");
      const created = await createdSandboxKey(location.origin, request, response);
      if (!created) return;
      const { keys, remember } = readKeys(browserKeyStores);
      writeKeys(browserKeyStores, { ...keys, [created.product]: created.key }, remember);
      if (created.product === product)
        setSource((current) => (current && current !== "failed" ? { ...current, key: created.key } : current));
    },
    [product],
  );

  return { source, keepCreatedKey };
}
