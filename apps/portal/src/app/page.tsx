import { findProduct, type ProductDefinition } from "@portico/schemas/products";
import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link.client";
import { QuickStart, type QuickStartProduct } from "@/components/quick-start";
import { pageMetadata } from "@/lib/page-metadata";
import { playgroundHref } from "@/lib/playground/playground-href";
import { getProducts, type Product, portalSummary } from "@/server/content";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ description: portalSummary(await getProducts()), path: "/" });
}

/** A first request worth sending: a list, which needs no id from the reader's sandbox. */
const firstRequest = ({ operations }: ProductDefinition) =>
  operations.find((op) => op.method === "get" && !op.path.includes("{") && op.authenticated !== false && !op.probe) ??
  operations[0];

/** Where each quick-start step sends a reader of this product; pages the product lacks fall back to its first. */
function quickStartOf(product: Product, api: ProductDefinition): QuickStartProduct {
  const page = (slug: string) => product.pages.find((p) => p.slug === slug) ?? product.pages[0];
  const op = firstRequest(api);
  return {
    id: product.id,
    name: product.name,
    keyHref: page("sandbox")?.href ?? product.href,
    request: op ? { href: playgroundHref(product.id, op.operationId), summary: op.summary } : undefined,
    conventionsHref: page("conventions")?.href ?? product.href,
  };
}

export default async function HomePage() {
  // The registry says what each API is; content/ gives its pages, in the order writers chose.
  const products = (await getProducts()).flatMap((product) => {
    const api = findProduct(product.id);
    return api ? [{ product, api }] : [];
  });
  return (
    <main id="main" className="home">
      <h1>Portico</h1>
      <p className="lead">
        Conventions, examples checked against the real schemas, and a sandbox that behaves as the docs say.
      </p>
      <section aria-labelledby="products-title">
        <h2 id="products-title">API products</h2>
        <ul className="product-list">
          {products.map(({ product, api }) => (
            <li key={product.id} className="product-card">
              <h3>
                <IntentLink href={product.href}>{product.name}</IntentLink>
              </h3>
              <p>{product.summary}</p>
              <p className="product-card__facts">
                {api.operations.length} operations · sandbox at <code>{api.server}</code>
              </p>
              <ul className="product-card__pages">
                {product.pages.map((page) => (
                  <li key={page.href}>
                    <IntentLink href={page.href}>{page.frontmatter.title}</IntentLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <QuickStart products={products.map(({ product, api }) => quickStartOf(product, api))} />
      <p className="home__playground">
        <IntentLink href="/playground">Open the playground</IntentLink> to send any operation to the sandbox, with the
        body checked as you type.
      </p>
    </main>
  );
}
