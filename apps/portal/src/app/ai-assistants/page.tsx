import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FeedbackSection } from "@/components/feedback-section";
import { TableOfContents } from "@/components/table-of-contents";
import { readPageSource } from "@/server/content";
import { getPortalPage } from "@/server/portal-pages";
import { renderMdx } from "@/server/render-mdx";

const SLUG = "ai-assistants";

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPortalPage(SLUG);
  return page ? { title: page.frontmatter.title, description: page.frontmatter.description } : {};
}

/** "Use Portico from an AI assistant": about the portal itself, so under no product. */
export default async function AiAssistantsPage() {
  const page = await getPortalPage(SLUG);
  if (!page) notFound();
  const { content, toc } = await renderMdx(await readPageSource(page));
  const { title, description, eyebrow } = page.frontmatter;
  return (
    <div className="docs docs--portal">
      <main id="main" className="docs__main">
        <Breadcrumbs trail={[{ label: title }]} />
        <article className="prose">
          <header className="page-header">
            {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
            <h1>{title}</h1>
            <p className="lead">{description}</p>
          </header>
          <TableOfContents entries={toc} variant="inline" />
          {content}
        </article>
        <FeedbackSection pagePath={page.href} />
      </main>
      <TableOfContents entries={toc} variant="aside" />
    </div>
  );
}
