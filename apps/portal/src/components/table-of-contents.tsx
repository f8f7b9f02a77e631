import type { TocEntry } from "@/server/render-mdx";

/**
 * The page's h2/h3 headings. Rendered twice: folded at the top of the article on narrow screens,
 * and as a sticky column on wide ones; CSS shows one of them.
 */
export function TableOfContents({ entries, variant }: { entries: TocEntry[]; variant: "inline" | "aside" }) {
  if (entries.length === 0) return null;
  const list = (
    <ul>
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "toc__sub" : undefined}>
          <a href={`#${entry.id}`}>{entry.text}</a>
        </li>
      ))}
    </ul>
  );
  if (variant === "inline") {
    return (
      <details className="toc toc--inline">
        <summary>On this page</summary>
        {list}
      </details>
    );
  }
  return (
    <nav aria-label="On this page" className="toc toc--aside">
      <p className="toc__title">On this page</p>
      {list}
    </nav>
  );
}
