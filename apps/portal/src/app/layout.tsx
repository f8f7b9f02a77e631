import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/intent-link.client";
import { SearchButton } from "@/components/search-button.client";
import { SiteMenu } from "@/components/site-menu.client";
import { themeScript } from "@/components/theme-script";
import { ThemeToggle } from "@/components/theme-toggle.client";
import { getProducts, portalSummary } from "@/server/content";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Portico", template: "%s · Portico" },
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
      </body>
    </html>
  );
}
