import { pageParams } from "./content";

export const metadata = { title: "Pages · Next.js + MDX floor" };

/**
 * The floor's nearest page to the portal's home: a heading and a link to every page. Plain links,
 * so nothing is prefetched (the portal's prefetch only on intent).
 */
export default async function HomePage() {
  const pages = await pageParams();
  return (
    <>
      <h1>Pages</h1>
      {/* Spaced lines keep each link a large enough touch target. */}
      <ul style={{ lineHeight: 2 }}>
        {pages.map(({ product, page }) => (
          <li key={`${product}/${page}`}>
            <a href={`/${product}/${page}`}>
              {product} {page}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
