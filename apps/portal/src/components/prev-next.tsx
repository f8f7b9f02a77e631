import Link from "next/link";
import type { PageEntry } from "@/server/content";

/** Links to the neighbouring pages in reading order (products in order, then their pages). */
export function PrevNext({ previous, next }: { previous?: PageEntry; next?: PageEntry }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      {previous ? (
        <Link href={previous.href} rel="prev" className="prev-next__link">
          <span className="prev-next__label">Previous</span>
          {previous.productName}: {previous.frontmatter.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="prev-next__link prev-next__link--next">
          <span className="prev-next__label">Next</span>
          {next.productName}: {next.frontmatter.title}
        </Link>
      ) : null}
    </nav>
  );
}
