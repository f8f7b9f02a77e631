import { IntentLink } from "@/components/intent-link.client";
import type { PageEntry } from "@/server/content";

/**
 * Links to the neighbouring pages of the same product, in its reading order.
 * `fullLoad` uses plain links: leaving the Scalar page by client-side navigation sometimes
 * stalled while Scalar was still rendering, and a full load also frees what Scalar held.
 */
export function PrevNext({
  previous,
  next,
  fullLoad = false,
}: {
  previous?: PageEntry;
  next?: PageEntry;
  fullLoad?: boolean;
}) {
  if (!previous && !next) return null;
  const Anchor = fullLoad ? "a" : IntentLink;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      {previous ? (
        <Anchor href={previous.href} rel="prev" className="prev-next__link">
          <span className="prev-next__label">Previous</span>
          {previous.frontmatter.title}
        </Anchor>
      ) : (
        <span />
      )}
      {next ? (
        <Anchor href={next.href} rel="next" className="prev-next__link prev-next__link--next">
          <span className="prev-next__label">Next</span>
          {next.frontmatter.title}
        </Anchor>
      ) : null}
    </nav>
  );
}
