import { IntentLink } from "@/components/intent-link.client";
import { sidebarEntries } from "@/lib/sidebar-entries";
import type { PageEntry, Product } from "@/server/content";

function PageLink({ page, currentHref }: { page: PageEntry; currentHref?: string }) {
  return (
    <li>
      <IntentLink href={page.href} aria-current={page.href === currentHref ? "page" : undefined}>
        {page.frontmatter.title}
      </IntentLink>
    </li>
  );
}

/**
 * The product's pages in frontmatter order. The reader's own group is listed in full and every
 * other group is one link to its first page, so a page carries a sidebar the size of the product's
 * groups, not of all its pages (1,000 links in each of 1,000 pages made the build quadratic).
 */
export function Sidebar({ product, currentHref }: { product: Product; currentHref?: string }) {
  return (
    <nav aria-label={`${product.name} pages`} className="sidebar">
      <p className="sidebar__product">
        <IntentLink href={product.href}>{product.name}</IntentLink>
      </p>
      <ul>
        {sidebarEntries(product.pages, currentHref).map((entry) =>
          entry.kind === "page" ? (
            <PageLink key={entry.page.href} page={entry.page} currentHref={currentHref} />
          ) : entry.open ? (
            <li key={entry.name} className="sidebar__group">
              <p className="sidebar__group-name">{entry.name}</p>
              <ul aria-label={entry.name}>
                {entry.pages.map((page) => (
                  <PageLink key={page.href} page={page} currentHref={currentHref} />
                ))}
              </ul>
            </li>
          ) : (
            <li key={entry.name} className="sidebar__group">
              <IntentLink href={entry.pages[0].href} className="sidebar__group-link">
                {entry.name}
                <span className="sidebar__group-count">
                  {entry.pages.length} {entry.pages.length === 1 ? "page" : "pages"}
                </span>
              </IntentLink>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
