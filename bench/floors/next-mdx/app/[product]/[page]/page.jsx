import rehypeShiki from "@shikijs/rehype";
import { compileMDX } from "next-mdx-remote/rsc";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { pageParams, pageSource } from "../../content";

export const dynamicParams = false;

export const generateStaticParams = pageParams;

// The portal's toolchain (next-mdx-remote, GFM, heading ids, Shiki in two themes), none of its
// own plugins. Components are plain elements; the two that can scroll sideways on a phone are
// focusable, as a scrollable region must be for a keyboard.
const components = {
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
  pre: (props) => <pre {...props} tabIndex={0} style={{ overflowX: "auto" }} />,
  table: (props) => (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    // biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table.
    <div role="region" aria-label="Table" tabIndex={0} style={{ overflowX: "auto" }}>
      <table {...props} />
    </div>
  ),
};

async function compilePage(product, page) {
  return compileMDX({
    source: await pageSource(product, page),
    components,
    options: {
      parseFrontmatter: true,
      blockJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm],
        rehypePlugins: [
          rehypeSlug,
          [
            rehypeShiki,
            {
              themes: { light: "github-light-default", dark: "github-dark-default" },
              defaultColor: false,
              langs: ["json", "jsonc", "http", "bash", "shell", "typescript", "python", "csv"],
            },
          ],
        ],
      },
    },
  });
}

export async function generateMetadata({ params }) {
  const { product, page } = await params;
  const { frontmatter } = await compilePage(product, page);
  return { title: `${frontmatter.title} · ${product}`, description: frontmatter.description };
}

export default async function DocsPage({ params }) {
  const { product, page } = await params;
  const { content, frontmatter } = await compilePage(product, page);
  return (
    <article>
      <h1>{frontmatter.title}</h1>
      <p>{frontmatter.description}</p>
      {content}
    </article>
  );
}
