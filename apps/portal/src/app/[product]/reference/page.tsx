import { buildOpenApiDocument, PORTICO_DOCUMENT } from "@portico/schemas/openapi";
import { operationsOf } from "@portico/schemas/operations";
import { findProduct, isProductId, PRODUCT_IDS } from "@portico/schemas/products";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CodePath } from "@/components/code-path";
import { FeedbackSection } from "@/components/feedback-section";
import { PrevNext } from "@/components/prev-next";
import { ScalarReference } from "@/components/scalar-reference.client";
import { Sidebar } from "@/components/sidebar";
import { pageMetadata } from "@/lib/page-metadata";
import { scalarOperationHash } from "@/lib/scalar-operation-hash";
import { getPage, getProduct } from "@/server/content";

interface Props {
  params: Promise<{ product: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return PRODUCT_IDS.map((product) => ({ product }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = findProduct((await params).product);
  return api
    ? pageMetadata({ title: `API reference · ${api.name}`, description: api.description, path: `/${api.id}/reference` })
    : {};
}

export default async function ReferencePage({ params }: Props) {
  const productId = (await params).product;
  if (!isProductId(productId)) notFound();
  const api = findProduct(productId);
  const product = await getProduct(productId);
  if (!api || !product) notFound();
  const document = buildOpenApiDocument(productId);
  const byTag = new Map<string, ReturnType<typeof operationsOf>>();
  for (const op of operationsOf(productId)) byTag.set(op.tag, [...(byTag.get(op.tag) ?? []), op]);
  const href = `/${productId}/reference`;
  const neighbours = await getPage(productId, "reference");

  return (
    <div className="docs docs--no-toc">
      <Sidebar product={product} currentHref={href} />
      <main id="main" className="docs__main">
        <Breadcrumbs trail={[{ label: product.name, href: product.href }, { label: "API reference" }]} />
        <header className="page-header">
          <p className="page-header__eyebrow">API reference</p>
          <h1>{api.name}</h1>
          <p className="lead">{api.description}</p>
          <p className="reference__meta">
            Version {document.info.version} · Base URL <code>{api.server}</code> · OpenAPI 3.1:{" "}
            <a href={`/openapi/${productId}.json`}>{`/openapi/${productId}.json`}</a> · Sandbox keys, feedback and
            admin: <a href={`/openapi/${PORTICO_DOCUMENT}.json`}>{`/openapi/${PORTICO_DOCUMENT}.json`}</a>
          </p>
        </header>
        <nav aria-label="Operations" className="reference__outline">
          {[...byTag].map(([tag, ops]) => (
            <section key={tag} aria-labelledby={`ops-${tag}`}>
              <h2 id={`ops-${tag}`}>{tag}</h2>
              <ul>
                {ops.map((op) => (
                  <li key={op.operationId} id={op.operationId}>
                    <a href={scalarOperationHash(op.tag, op.method, op.path)}>
                      <span className={`method method--${op.method}`}>{op.method.toUpperCase()}</span>{" "}
                      <CodePath text={(op.server ?? api.server) + op.path} />
                    </a>
                    <span className="reference__summary">{op.summary}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <ScalarReference product={productId} documentUrl={`/openapi/${productId}.json`} title={api.name} />
        <FeedbackSection pagePath={href} />
        <PrevNext previous={neighbours?.previous} next={neighbours?.next} fullLoad />
      </main>
    </div>
  );
}
