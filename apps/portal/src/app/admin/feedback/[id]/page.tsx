import { findFeedback } from "@portico/feedback/store";
import { CATEGORY_LABELS, FEEDBACK_STATUSES, STATUS_LABELS } from "@portico/schemas/feedback-constants";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminClosed, AdminSignIn } from "@/components/admin-notices";
import { ReaderTime } from "@/components/reader-time";
import { pageMetadata } from "@/lib/page-metadata";
import { localeFromAcceptLanguage } from "@/lib/reader-locale";
import { adminAccess, adminData } from "@/server/feedback";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return {
    ...pageMetadata({
      title: "Feedback",
      description: "One reader's feedback",
      path: `/admin/feedback/${encodeURIComponent((await params).id)}`,
    }),
    robots: { index: false, follow: false },
  };
}

export default async function FeedbackItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const access = await adminAccess();
  if (access === "closed") return <AdminClosed />;
  if (access === "signed-out") return <AdminSignIn failed={false} />;
  const { id } = await params;
  const item = await findFeedback((await adminData()).store, id);
  if (!item) notFound();
  const saved = (await searchParams).saved === "1";
  const locale = localeFromAcceptLanguage((await headers()).get("accept-language"));

  return (
    <main id="main" className="admin admin--narrow">
      <p>
        <Link href="/admin/feedback">← All feedback</Link>
      </p>
      <h1>Feedback on {item.pagePath}</h1>
      {saved ? (
        <p className="admin__saved" role="status">
          Saved.
        </p>
      ) : null}
      <dl className="admin__details">
        <dt>Received</dt>
        <dd>
          <ReaderTime iso={item.createdAt} locale={locale} />,{" "}
          {item.channel === "mcp" ? "through MCP (an AI assistant)" : "through the page's form"}
        </dd>
        {item.updatedAt !== item.createdAt ? (
          <>
            <dt>Last changed</dt>
            <dd>
              <ReaderTime iso={item.updatedAt} locale={locale} />
            </dd>
          </>
        ) : null}
        <dt>Page</dt>
        <dd>
          <a href={`${item.pagePath}${item.anchor ? `#${item.anchor}` : ""}`}>
            {item.pagePath}
            {item.anchor ? `#${item.anchor}` : ""}
          </a>{" "}
          (version {item.pageVersion}, {item.product})
        </dd>
        <dt>Helpful</dt>
        <dd>{item.helpful ? "Yes" : "No"}</dd>
        <dt>Category</dt>
        <dd>{item.category ? CATEGORY_LABELS[item.category] : "—"}</dd>
        <dt>Comment</dt>
        <dd className="admin__comment">{item.comment ?? "—"}</dd>
        <dt>Email</dt>
        <dd>{item.email ?? "—"}</dd>
      </dl>
      <form method="post" action={`/api/admin/feedback/${item.id}`} className="admin__status">
        <label>
          Status
          <select name="status" defaultValue={item.status}>
            {FEEDBACK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note
          <textarea name="note" rows={3} defaultValue={item.note ?? ""} maxLength={2000} />
        </label>
        <button type="submit">Save</button>
      </form>
    </main>
  );
}
