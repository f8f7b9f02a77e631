import type { Metadata } from "next";
import { Suspense } from "react";
import { Playground } from "@/components/playground.client";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Playground",
  description: "Send real requests to the sandbox; bodies are checked against the shared schemas before and after.",
  path: "/playground",
});

export default function PlaygroundPage() {
  return (
    <main id="main" className="playground-page">
      <h1>Playground</h1>
      <p className="lead">
        Every request goes to the sandbox. The body is checked against the request schema as you type, and the answer
        against the schema documented for its status.
      </p>
      {/* The operation comes from the URL, read on the client so the page itself stays static. */}
      <Suspense fallback={<p>Loading the playground…</p>}>
        <Playground />
      </Suspense>
    </main>
  );
}
