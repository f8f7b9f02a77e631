import Link from "next/link";
import type { Product } from "@/server/content";

/** The product's pages as they sit in `content/<product>/`, in frontmatter order. */
export function Sidebar({ product, currentHref }: { product: Product; currentHref?: string }) {
  return (
    <nav aria-label={`${product.name} pages`} className="sidebar">
      <p className="sidebar__product">
        <Link href={product.href}>{product.name}</Link>
      </p>
      <ul>
        {product.pages.map((page) => (
          <li key={page.href}>
            <Link href={page.href} aria-current={page.href === currentHref ? "page" : undefined}>
              {page.frontmatter.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
