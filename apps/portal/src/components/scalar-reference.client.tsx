"use client";

import type { ComponentType } from "react";
import { useEffect, useRef, useState } from "react";
import type { ProductId } from "@/lib/playground/operations";
import { useReferenceSource } from "./reference/use-reference-source";

type ScalarProps = { configuration: Record<string, unknown> };

const isDark = () =>
  (document.documentElement.dataset.theme ??
    (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark";

/**
 * Scalar's interactive reference, downloaded only when the reader scrolls to it or asks for it,
 * so the server-rendered outline above stays fast. Its request client sends to the sandbox (the
 * document's servers) with the reader's sandbox key, if the playground holds one or the reader
 * creates one here, and the reader's own ids in the examples; fonts, telemetry, AI agent, MCP,
 * search (the portal's covers it) and developer tools are off.
 */
export function ScalarReference({
  product,
  documentUrl,
  title,
}: {
  product: ProductId;
  documentUrl: string;
  title: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  const [Scalar, setScalar] = useState<ComponentType<ScalarProps> | null>(null);
  const [dark, setDark] = useState(false);
  const { source, keepCreatedKey } = useReferenceSource(product, documentUrl, wanted);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setWanted(true), {
      rootMargin: "200px",
    });
    observer.observe(element);
    // Links in the outline open the interactive reference too.
    const onHash = () => location.hash.startsWith("#tag/") && setWanted(true);
    onHash();
    addEventListener("hashchange", onHash);
    return () => {
      observer.disconnect();
      removeEventListener("hashchange", onHash);
    };
  }, []);

  useEffect(() => {
    setDark(isDark());
    const observer = new MutationObserver(() => setDark(isDark()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    const media = matchMedia("(prefers-color-scheme: dark)");
    const follow = () => setDark(isDark());
    media.addEventListener("change", follow);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", follow);
    };
  }, []);

  useEffect(() => {
    if (!wanted || Scalar) return;
    // The stylesheet comes with the component, so neither is downloaded before it is wanted.
    void Promise.all([import("@scalar/api-reference-react"), import("@scalar/api-reference-react/style.css")]).then(
      ([module]) => setScalar(() => module.ApiReferenceReact as ComponentType<ScalarProps>),
    );
  }, [wanted, Scalar]);

  return (
    <div ref={box} className="scalar-box" aria-busy={wanted && !(Scalar && source)}>
      {Scalar && source && source !== "failed" ? (
        <Scalar
          // Scalar reads its colour mode once, so a theme change mounts it afresh.
          key={dark ? "dark" : "light"}
          configuration={{
            content: source.content,
            title,
            withDefaultFonts: false,
            telemetry: false,
            hideDarkModeToggle: true,
            forceDarkModeState: dark ? "dark" : "light",
            darkMode: dark,
            showDeveloperTools: "never",
            agent: { disabled: true },
            mcp: { disabled: true },
            // Ctrl+K belongs to the portal's search, which lists every operation too.
            hideSearch: true,
            // The document shown carries this reader's ids; the page header links the served one.
            documentDownloadType: "none",
            // Scalar keeps no copy of the key: it stays where the playground put it.
            persistAuth: false,
            // No preferredSecurityScheme: Scalar would then select it for POST /sandbox/keys too,
            // which requires no security, and send the key there; the document's requirement selects it.
            ...(source.key ? { authentication: { securitySchemes: { bearerAuth: { token: source.key } } } } : {}),
            // A key made with Test Request on POST /sandbox/keys is kept as the playground's would be.
            onResponseReceived: keepCreatedKey,
            defaultOpenFirstTag: true,
            // The server-rendered outline above is the navigation; a second sidebar would crowd the page.
            showSidebar: false,
            hiddenClients: { node: ["undici", "ofetch"], js: ["jquery", "xhr"] },
          }}
        />
      ) : source === "failed" ? (
        <p role="alert">
          The interactive reference could not be loaded; the document is at <a href={documentUrl}>{documentUrl}</a>.
        </p>
      ) : (
        <button type="button" className="scalar-box__open" onClick={() => setWanted(true)}>
          {wanted ? "Loading the interactive reference…" : "Open the interactive reference"}
        </button>
      )}
    </div>
  );
}
