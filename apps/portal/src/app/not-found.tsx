import Link from "next/link";
import { getProducts } from "@/server/content";

export default async function NotFound() {
  const products = await getProducts();
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href="/">All API products</Link>
        </li>
        {/* Each product's first page, not every page: Next.js embeds this boundary in every page's payload. */}
        {products.flatMap((product) =>
          product.pages.slice(0, 1).map((page) => (
            <li key={page.href}>
              <Link href={page.href}>
                {product.name}: {page.frontmatter.title}
              </Link>
            </li>
          )),
        )}
      </ul>
    </main>
  );
}
