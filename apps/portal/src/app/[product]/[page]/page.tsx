import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyMarkdown } from "@/components/copy-markdown.client";
import { FeedbackSection } from "@/components/feedback-section";
import { PrevNext } from "@/components/prev-next";
import { Sidebar } from "@/components/sidebar";
import { TableOfContents } from "@/components/table-of-contents";
import { pageMetadata } from "@/lib/page-metadata";
import { getPage, getProducts, readPageSource } from "@/server/content";
import { renderMdx } from "@/server/render-mdx";

interface Props {
  params: Promise<{ product: string; page: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getProducts()).flatMap((product) =>
    product.pages.filter((page) => !page.generated).map((page) => ({ product: product.id, page: page.slug })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product, page } = await params;
  const found = await getPage(product, page);
  if (!found) return {};
  return pageMetadata({
    title: `${found.page.frontmatter.title} · ${found.product.name}`,
    description: found.page.frontmatter.description,
    path: found.page.href,
  });
}

export default async function DocsPage({ params }: Props) {
  const { product: productId, page: slug } = await params;
  const found = await getPage(productId, slug);
  if (!found) notFound();
  const { page, product, previous, next } = found;
  const { content, toc } = await renderMdx(await readPageSource(page), product.id);
  const { title, description, eyebrow, lastUpdated } = page.frontmatter;

  return (
    <div className="docs">
      <Sidebar product={product} currentHref={page.href} />
      <main id="main" className="docs__main">
        <Breadcrumbs trail={[{ label: product.name, href: product.href }, { label: title }]} />
        <article className="prose">
          <header className="page-header">
            {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
            <h1>{title}</h1>
            <p className="lead">{description}</p>
            <CopyMarkdown href={page.href} />
            {lastUpdated ? (
              <p className="page-header__updated">
                Last updated: <time dateTime={lastUpdated}>{lastUpdated}</time>
              </p>
            ) : null}
          </header>
          <TableOfContents entries={toc} variant="inline" />
          {content}
        </article>
        <FeedbackSection pagePath={page.href} />
        <PrevNext previous={previous} next={next} />
      </main>
      <TableOfContents entries={toc} variant="aside" />
    </div>
  );
}
