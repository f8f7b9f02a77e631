import { isProductId } from "@portico/schemas/products";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link.client";
import { SearchButton } from "@/components/search-button.client";
import { SiteFooter } from "@/components/site-footer";
import { SiteMenu } from "@/components/site-menu.client";
import { themeScript } from "@/components/theme-script";
import { ThemeToggle } from "@/components/theme-toggle.client";
import { env } from "@/env";
import { SITE_NAME } from "@/lib/page-metadata";
import { getProducts, portalSummary } from "@/server/content";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  // No canonical or Open Graph URL here: a page without its own would inherit the home page's.
  return {
    metadataBase: new URL(env.PORTICO_PUBLIC_URL),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: portalSummary(await getProducts()),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1117" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const products = await getProducts();
  const links = [
    ...products.map((product) => ({ href: product.href, label: product.name })),
    { href: "/playground", label: "Playground" },
  ];
  return (
    // The inline script may set data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input. */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <IntentLink href="/" className="site-header__brand">
            Portico
          </IntentLink>
          <nav aria-label="Products" className="site-header__nav">
            {links.map((link) => (
              <IntentLink key={link.href} href={link.href}>
                {link.label}
              </IntentLink>
            ))}
          </nav>
          <SearchButton />
          <ThemeToggle />
          <SiteMenu links={links} />
        </header>
        {children}
        <SiteFooter products={products.filter((product) => isProductId(product.id))} />
      </body>
    </html>
  );
}
