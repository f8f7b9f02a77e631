import { feedbackStats, listFeedback } from "@portico/feedback/store";
import { FeedbackListQuery } from "@portico/schemas/feedback";
import {
  CATEGORY_LABELS,
  FEEDBACK_CATEGORIES,
  FEEDBACK_STATUSES,
  STATUS_LABELS,
} from "@portico/schemas/feedback-constants";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AdminClosed, AdminSignIn } from "@/components/admin-notices";
import { FeedbackChart } from "@/components/feedback-chart.client";
import { ReaderTime } from "@/components/reader-time";
import { chartData, chartDays } from "@/lib/feedback-chart-data";
import { pageMetadata } from "@/lib/page-metadata";
import { localeFromAcceptLanguage } from "@/lib/reader-locale";
import { getProducts } from "@/server/content";
import { adminAccess, adminData } from "@/server/feedback";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  ...pageMetadata({
    title: "Feedback admin",
    description: "What readers said about the docs",
    path: "/admin/feedback",
  }),
  robots: { index: false, follow: false },
};

type SearchParams = Record<string, string | string[] | undefined>;

const FILTERS = ["product", "pagePath", "category", "status", "helpful", "from", "to"] as const;

export default async function AdminFeedbackPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // Authorization is checked here, in the page itself, not only by any proxy in front of it.
  const access = await adminAccess();
  if (access === "closed") return <AdminClosed />;
  if (access === "signed-out") return <AdminSignIn failed={params.signin === "failed"} />;

  const raw = Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "" && entry[0] !== "signin",
    ),
  );
  const parsed = FeedbackListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : {};
  const { store, codec } = await adminData();
  // A cursor from other filters, or a tampered one, starts again from the newest instead of failing.
  let cursorRefused = false;
  const firstPage = listFeedback(store, codec, query).catch(() => {
    cursorRefused = true;
    return listFeedback(store, codec, { ...query, cursor: undefined });
  });
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  const [page, stats, products, requestHeaders] = await Promise.all([
    firstPage,
    feedbackStats(store, filters),
    getProducts(),
    headers(),
  ]);
  const locale = localeFromAcceptLanguage(requestHeaders.get("accept-language"));
  const chart = chartData(stats, chartDays(stats, filters, new Date().toISOString().slice(0, 10)));
  const filterQuery = new URLSearchParams(
    Object.entries(query).filter(([key]) => (FILTERS as readonly string[]).includes(key)) as [string, string][],
  );

  return (
    <main id="main" className="admin">
      <div className="admin__head">
        <h1>Documentation feedback</h1>
        <form method="post" action="/api/admin/session/sign-out">
          <button type="submit" className="admin__secondary">
            Sign out
          </button>
        </form>
      </div>
      {parsed.success && !cursorRefused ? null : (
        <p className="admin__error" role="alert">
          Some filters were not valid and were ignored.
        </p>
      )}
      <form method="get" className="admin__filters" aria-label="Filters">
        <label>
          Product
          <select name="product" defaultValue={query.product ?? ""}>
            <option value="">Any</option>
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Page
          <input
            name="pagePath"
            defaultValue={query.pagePath ?? ""}
            placeholder={products[0]?.pages[0]?.href ?? "/<product>/<page>"}
          />
        </label>
        <label>
          Category
          <select name="category" defaultValue={query.category ?? ""}>
            <option value="">Any</option>
            {FEEDBACK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ""}>
            <option value="">Any</option>
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Helpful
          <select name="helpful" defaultValue={query.helpful ?? ""}>
            <option value="">Any</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={query.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={query.to ?? ""} />
        </label>
        <button type="submit">Filter</button>
        <a href={`/api/admin/feedback/export?${filterQuery}`} className="admin__export">
          Export CSV
        </a>
      </form>

      <div className="table-wrap">
        <table className="admin__table">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">Page</th>
              <th scope="col">Helpful</th>
              <th scope="col">Category</th>
              <th scope="col">Comment</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/admin/feedback/${item.id}`}>
                    <ReaderTime iso={item.createdAt} locale={locale} short />
                  </Link>
                  {item.channel === "mcp" ? <span className="admin__anchor"> via MCP</span> : null}
                </td>
                <td>
                  {item.pagePath}
                  {item.anchor ? <span className="admin__anchor">#{item.anchor}</span> : null}
                </td>
                <td>{item.helpful ? "Yes" : "No"}</td>
                <td>{item.category ? CATEGORY_LABELS[item.category] : "—"}</td>
                <td className="admin__comment">{item.comment ?? "—"}</td>
                <td>{STATUS_LABELS[item.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.items.length === 0 ? <p>No feedback matches these filters.</p> : null}
      {page.pagination.cursor ? (
        <p>
          <Link
            href={`/admin/feedback?${new URLSearchParams({ ...Object.fromEntries(filterQuery), cursor: page.pagination.cursor })}`}
          >
            Older feedback →
          </Link>
        </p>
      ) : null}

      <h2>Helpful over time</h2>
      <FeedbackChart data={chart} locale={locale} />

      <h2>Pages readers found least helpful</h2>
      <div className="table-wrap">
        <table className="admin__table">
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Not helpful</th>
              <th scope="col">Helpful</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((row) => (
              <tr key={row.pagePath}>
                <td>
                  <Link
                    href={`/admin/feedback?${new URLSearchParams({ ...Object.fromEntries(filterQuery), pagePath: row.pagePath, helpful: "false" })}`}
                  >
                    {row.pagePath}
                  </Link>
                </td>
                <td>{row.no}</td>
                <td>{row.yes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
