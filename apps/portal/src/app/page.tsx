import { IntentLink } from "@/components/intent-link.client";
import { getProducts } from "@/server/content";

export default async function HomePage() {
  const products = await getProducts();
  return (
    <main id="main" className="home">
      <h1>API products</h1>
      <p className="lead">
        Conventions, examples checked against the real schemas, and a sandbox that behaves as the docs say.
      </p>
      <p className="home__playground">
        <IntentLink href="/playground">Open the playground</IntentLink> to send any operation to the sandbox, with the
        body checked as you type.
      </p>
      <ul className="product-list">
        {products.map((product) => (
          <li key={product.id} className="product-card">
            <h2>
              <IntentLink href={product.href}>{product.name}</IntentLink>
            </h2>
            <p>{product.summary}</p>
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
    </main>
  );
}
