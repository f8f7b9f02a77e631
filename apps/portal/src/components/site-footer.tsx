import { PORTICO_DOCUMENT } from "@portico/schemas/openapi";

/**
 * The foot of every page: the machine-readable documents (the OpenAPI document of each product
 * given, in the order given, then Portico's own, `/llms.txt` and the MCP server's page) and where
 * the writers read feedback. Plain links: each is a file or a page outside the docs' client-side navigation.
 */
export function SiteFooter({ products }: { products: { id: string; name: string }[] }) {
  const documents = [
    ...products.map((product) => ({ id: product.id, label: product.name })),
    { id: PORTICO_DOCUMENT, label: "Portico: sandbox keys, feedback, admin" },
  ];
  return (
    <footer className="site-footer">
      <nav aria-label="OpenAPI documents" className="site-footer__group">
        <h2 className="site-footer__title">OpenAPI 3.1 documents</h2>
        <ul>
          {documents.map((document) => (
            <li key={document.id}>
              <a href={`/openapi/${document.id}.json`}>{document.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="For tools and writers" className="site-footer__group">
        <h2 className="site-footer__title">For tools and writers</h2>
        <ul>
          <li>
            <a href="/llms.txt">llms.txt</a>: every page, for language models
          </li>
          <li>
            <a href="/ai-assistants">Use Portico from an AI assistant</a>: the MCP server at <code>/mcp</code>
          </li>
          <li>
            <a href="/admin/feedback">Feedback admin</a>: what readers said about these pages
          </li>
        </ul>
      </nav>
      <p className="site-footer__note">Every example on these pages is checked against the API&apos;s own schemas.</p>
    </footer>
  );
}
