"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { IntentLink } from "./intent-link.client";

/**
 * The header's links on phones, where the header has no room for them: a disclosure that works
 * without JavaScript, and with it closes when the page changes or on Escape.
 */
export function SiteMenu({ links }: { links: { href: string; label: string }[] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  // The layout, and so the open menu, outlives a client-side navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pathname is the trigger, not an input.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={menu}
      className="site-menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="site-menu__button">Menu</summary>
      <nav aria-label="Site" className="site-menu__panel">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <IntentLink href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
                {link.label}
              </IntentLink>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
