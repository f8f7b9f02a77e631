import { IntentLink } from "@/components/intent-link.client";
import { getProducts } from "@/server/content";

export default async function NotFound() {
  const products = await getProducts();
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <IntentLink href="/">All API products</IntentLink>
        </li>
        {/* Each product's first page, not every page: Next.js embeds this boundary in every page's payload. */}
        {products.flatMap((product) =>
          product.pages.slice(0, 1).map((page) => (
            <li key={page.href}>
              <IntentLink href={page.href}>
                {product.name}: {page.frontmatter.title}
              </IntentLink>
            </li>
          )),
        )}
      </ul>
    </main>
  );
}
