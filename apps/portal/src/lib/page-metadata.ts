import type { Metadata } from "next";

/** The site's name, in titles and as Open Graph's `og:site_name`. */
export const SITE_NAME = "Portico";

/**
 * A page's title, description, canonical link and Open Graph card. Next.js merges metadata
 * shallowly, so a page that set only `title` would keep its parent's `openGraph` (another page's
 * URL) and `alternates`; every page therefore sets all of them here. `path` is resolved against
 * the root layout's `metadataBase`.
 */
export function pageMetadata({
  title,
  description,
  path,
}: {
  /** Without the site's name; undefined for the home page, which is the site's name. */
  title?: string;
  description: string;
  path: string;
}): Metadata {
  const full = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  return {
    // The root layout's template adds the site's name to a page's title.
    title: title ?? { absolute: SITE_NAME },
    description,
    alternates: { canonical: path },
    openGraph: { title: full, description, url: path, siteName: SITE_NAME, type: "website" },
  };
}
