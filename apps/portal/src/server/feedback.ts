import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createFeedbackApp, type PageInfo } from "@portico/feedback";
import { isValidSession, SESSION_COOKIE } from "@portico/feedback/sessions";
import { type CursorCodec, cursorCodecFromStore } from "@portico/http/cursor";
import { buildOpenApiDocument, PORTICO_DOCUMENT } from "@portico/schemas/openapi";
import { isProductId } from "@portico/schemas/products";
import { cookies } from "next/headers";
import { env } from "@/env";
import { answeredWhenOpen } from "./answered-when-open";
import { clientKey } from "./client-key";
import { getProducts } from "./content";
import { getLimits } from "./limits";
import { getPortalPages } from "./portal-pages";
import { sharedOnce } from "./shared-once";
import { getStore } from "./store";

let pages: Promise<Map<string, PageInfo>> | undefined;

/**
 * Every page readers can give feedback on, with a short hash of the text they saw; pages about
 * Portico itself count as product `portico`.
 */
function pageIndex() {
  pages ??= Promise.all([getProducts(), getPortalPages()]).then(async ([products, portalPages]) => {
    const sections = [...products, { id: PORTICO_DOCUMENT, pages: portalPages }];
    const entries = await Promise.all(
      sections.flatMap((product) =>
        product.pages.map(async (page) => {
          const source =
            page.generated && isProductId(page.product)
              ? JSON.stringify(buildOpenApiDocument(page.product))
              : await readFile(join(env.PORTICO_CONTENT_DIR, page.product, `${page.slug}.mdx`));
          const version = createHash("sha256").update(source).digest("hex").slice(0, 12);
          return [page.href, { product: product.id, version }] as const;
        }),
      ),
    );
    return new Map(entries);
  });
  return pages;
}

const feedbackApp = sharedOnce(async () =>
  createFeedbackApp({
    store: await getStore(),
    clientKey: clientKey(),
    limits: getLimits(),
    adminToken: env.PORTICO_ADMIN_TOKEN,
    findPage: async (path) => (await pageIndex()).get(path),
    rateLimit: { points: env.PORTICO_FEEDBACK_RATE_LIMIT, duration: 60 },
  }),
);

/** `/api/*`: the feedback and admin APIs, which check auth and origin in every handler. */
export const handleApiRequest = answeredWhenOpen(feedbackApp);

/** The same app for feedback the MCP server forwards in process: stored with channel `mcp`. */
export const handleMcpFeedback = answeredWhenOpen(async () => {
  const app = await feedbackApp();
  return { fetch: (request: Request) => app.fetch(request, { channel: "mcp" }) };
});

/** Whether the admin is open at all, and whether this request carries a live session. */
export async function adminAccess(): Promise<"closed" | "signed-out" | "signed-in"> {
  if (!env.PORTICO_ADMIN_TOKEN) return "closed";
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  return (await isValidSession(await getStore(), env.PORTICO_ADMIN_TOKEN, session, new Date()))
    ? "signed-in"
    : "signed-out";
}

/** The admin's view of the store, for server components that have checked {@link adminAccess}. */
export async function adminData() {
  const store = await getStore();
  codec ??= cursorCodecFromStore(store);
  return { store, codec: await codec() };
}
let codec: (() => Promise<CursorCodec>) | undefined;
