import type MiniSearch from "minisearch";
import type { SearchDocument } from "@/lib/search-options";

/** A docs page as the MCP server lists it. */
export interface McpPage {
  product: string;
  productName: string;
  slug: string;
  title: string;
  description: string;
  /** Path on the portal, `/<product>/<page>`. */
  href: string;
}

/**
 * What the tools and resources reach, passed in so that tests can give them an in-process store
 * and the portal gives them its own apps. Apps are called in process, never over the network.
 */
export interface McpDeps {
  /** The portal's origin as the client reached it, for absolute URLs. */
  origin: string;
  /** The search dialog's index, with its options (`SEARCH_OPTIONS`). */
  searchIndex: () => Promise<MiniSearch<SearchDocument>>;
  /** Every page that has a Markdown twin. */
  pages: () => Promise<McpPage[]>;
  /** A page's Markdown, as its `.md` twin serves it; undefined when there is no such page. */
  pageMarkdown: (product: string, slug: string) => Promise<string | undefined>;
  /** The sandbox app (`/sandbox/…`). */
  sandbox: (request: Request) => Promise<Response>;
  /** The feedback app (`/api/…`), storing what it accepts as sent through MCP. */
  feedback: (request: Request) => Promise<Response>;
  /** Headers of the MCP request the apps must see too: the client address that limits count by. */
  forwarded: Record<string, string>;
}
