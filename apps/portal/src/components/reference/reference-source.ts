import { getProduct } from "@portico/schemas/products";
import type { ProductId } from "@/lib/playground/operations";
import { findSandboxIds } from "@/lib/playground/sandbox-ids";
import { type ServedDocument, scalarDocument } from "@/lib/reference/scalar-document";

/**
 * The served document prepared for this reader (see `scalarDocument`), with the reader's own
 * sandbox ids in place of the documented ones when a key is given. It needs the product registry
 * and its schemas, so `useReferenceSource` loads it with Scalar, not with the page.
 */
export async function prepareReference(
  product: ProductId,
  documentUrl: string,
  key: string | undefined,
  origin: string,
): Promise<ServedDocument> {
  const ids =
    key && getProduct(product).sandboxIds ? findSandboxIds(product, key).catch(() => ({})) : Promise.resolve({});
  const document = fetch(documentUrl).then((response) => {
    if (!response.ok) throw new Error(`${documentUrl} answered ${response.status}`);
    return response.json() as Promise<ServedDocument>;
  });
  const [served, found] = await Promise.all([document, ids]);
  return scalarDocument(served, product, found, origin);
}
