import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { IntentLink } from "@/components/intent-link.client";
import { Sidebar } from "@/components/sidebar";
import { pageMetadata } from "@/lib/page-metadata";
import { getProduct, getProducts } from "@/server/content";

interface Props {
  params: Promise<{ product: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getProducts()).map((product) => ({ product: product.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProduct((await params).product);
  return product ? pageMetadata({ title: product.name, description: product.summary, path: product.href }) : {};
}

export default async function ProductPage({ params }: Props) {
  const product = await getProduct((await params).product);
  if (!product) notFound();
  return (
    <div className="docs docs--no-toc">
      <Sidebar product={product} />
      <main id="main" className="docs__main">
        <Breadcrumbs trail={[{ label: product.name }]} />
        <h1>{product.name}</h1>
        <p className="lead">{product.summary}</p>
        <ul className="page-list">
          {product.pages.map((page) => (
            <li key={page.href}>
              <IntentLink href={page.href}>{page.frontmatter.title}</IntentLink>
              <p>{page.frontmatter.description}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
