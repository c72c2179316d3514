import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { type AuditRow, listAuditEvents } from "@/db/queries/audit";
import { getUserNames } from "@/db/queries/users";
import { type AuditAction, auditActions } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime, type Locale } from "@/lib/hindi/format";
import "./audit.css";

const pageSize = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Message keys cannot hold dots, so "login.failed" is labelled under "login_failed". */
function labelKey(action: string): `actions.${string}` {
  return `actions.${action.replaceAll(".", "_")}`;
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.audit");
  if (!can(user, "audit.view")) return <ForbiddenPage user={user} title={t("title")} />;
  const query = await searchParams;
  const wanted = first(query.action);
  const action = auditActions.find((known) => known === wanted);
  const beforeId = Number(first(query.before));
  const before = Number.isSafeInteger(beforeId) && beforeId > 0 ? beforeId : undefined;
  const rows = await listAuditEvents({ action, before, limit: pageSize + 1 });
  const shown = rows.slice(0, pageSize);
  const older = rows.length > pageSize ? shown.at(-1)?.id : undefined;
  const locale = (await getLocale()) as Locale;
  const targetUsers = await getUserNames([...new Set(shown.filter((e) => e.targetType === "user" && e.targetId !== null).map((e) => e.targetId!))]);
  const link = (params: { before?: number }) => {
    const search = new URLSearchParams();
    if (action) search.set("action", action);
    if (params.before) search.set("before", String(params.before));
    const text = search.toString();
    return text ? `/admin/audit?${text}` : "/admin/audit";
  };
  return (
    <AdminShell user={user} title={t("title")}>
      <form method="get" action="/admin/audit" className="audit-filter panel">
        <div className="field">
          <label htmlFor="audit-action">{t("filter")}</label>
          <select id="audit-action" name="action" defaultValue={action ?? ""}>
            <option value="">{t("all")}</option>
            {auditActions.map((known) => (
              <option key={known} value={known}>
                {t(labelKey(known))}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="notice notice-info">{t("empty")}</p>
      ) : (
        <div className="audit-table-wrap">
          <table className="admin-table audit-table desk-cards">
            <thead>
              <tr>
                <th scope="col">{t("columns.time")}</th>
                <th scope="col">{t("columns.user")}</th>
                <th scope="col">{t("columns.action")}</th>
                <th scope="col">{t("columns.target")}</th>
                <th scope="col">{t("columns.address")}</th>
                <th scope="col">{t("columns.details")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <AuditEventRow key={event.id} event={event} locale={locale} targetUserName={targetUsers.get(event.targetId ?? 0)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="audit-pager" aria-label={t("title")}>
        {before ? <a href={link({})}>{t("newest")}</a> : <span />}
        {older ? <a href={link({ before: older })}>{t("older")}</a> : null}
      </nav>
    </AdminShell>
  );
}

async function AuditEventRow({ event, locale, targetUserName }: { event: AuditRow; locale: Locale; targetUserName?: string }) {
  const t = await getTranslations("admin.audit");
  const actionLabel = auditActions.includes(event.action as AuditAction) ? t(labelKey(event.action)) : event.action;
  const targetKey = `targets.${event.targetType}`;
  const target =
    event.targetType && event.targetId !== null
      ? t("target", { type: t.has(targetKey) ? t(targetKey) : event.targetType, id: event.targetId })
      : t("nobody");
  const targetName = event.targetType === "user" ? targetUserName : undefined;
  return (
    <tr>
      <td data-label={t("columns.time")} className="audit-time">
        {formatDateTime(event.at, locale)}
      </td>
      <td data-label={t("columns.user")}>
        {event.userName ?? t("nobody")}
        {event.userEmail ? <div className="audit-muted">{event.userEmail}</div> : null}
      </td>
      <td data-label={t("columns.action")}>
        <span className={`status-badge audit-action-${event.action.split(".")[0]} audit-action-${event.action.replaceAll(".", "-")}`}>{actionLabel}</span>
      </td>
      <td data-label={t("columns.target")}>
        {target}
        {targetName ? <div className="audit-muted">{targetName}</div> : null}
      </td>
      <td data-label={t("columns.address")} className="audit-muted">
        {event.ip || t("nobody")}
      </td>
      <td data-label={t("columns.details")} className="audit-details">
        {describeDetails(event.details)}
      </td>
    </tr>
  );
}

/** Details are small JSON objects written by recordAudit; shown as "key: value" pairs, cut short if long. */
function describeDetails(details: unknown): string {
  if (details === null || details === undefined) return "";
  const text =
    typeof details === "object" && !Array.isArray(details)
      ? Object.entries(details as Record<string, unknown>)
          .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
          .join(" · ")
      : JSON.stringify(details);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}
