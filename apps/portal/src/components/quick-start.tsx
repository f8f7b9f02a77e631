import { IntentLink } from "./intent-link.client";

/** Where the three steps send a reader of one product. */
export interface QuickStartProduct {
  id: string;
  name: string;
  /** The page that says how to get a sandbox key. */
  keyHref: string;
  /** A first request, opened in the playground. */
  request?: { href: string; summary: string };
  /** The product's conventions. */
  conventionsHref: string;
}

/** Three steps from nothing to a first answer, each with a link per product. */
export function QuickStart({ products }: { products: QuickStartProduct[] }) {
  const steps = [
    {
      title: "Get a sandbox key",
      text: "One request creates a private sandbox, seeded with data, and answers its key. The playground can get one for you too.",
      links: products.map((p) => ({ href: p.keyHref, label: `${p.name} sandbox`, id: p.id })),
    },
    {
      title: "Try a request",
      text: "Open a first request in the playground and send it: the body is checked before it leaves, the answer when it comes back.",
      links: products.flatMap((p) =>
        p.request ? [{ href: p.request.href, label: `${p.request.summary} (${p.name})`, id: p.id }] : [],
      ),
    },
    {
      title: "Read the conventions",
      text: "Pagination, idempotency, errors and naming: the rules every endpoint of an API follows.",
      links: products.map((p) => ({ href: p.conventionsHref, label: `${p.name} conventions`, id: p.id })),
    },
  ];
  return (
    <section aria-labelledby="quick-start-title" className="quick-start">
      <h2 id="quick-start-title">Quick start</h2>
      <ol className="quick-start__steps">
        {steps.map((step) => (
          <li key={step.title} className="quick-start__step">
            <h3>{step.title}</h3>
            <p>{step.text}</p>
            <ul className="quick-start__links">
              {step.links.map((link) => (
                <li key={link.id}>
                  <IntentLink href={link.href}>{link.label}</IntentLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
