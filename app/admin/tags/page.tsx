import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { deskPage, deskQuery, Pager } from "@/app/admin/_parts/Pager";
import { RecordLinks } from "@/app/admin/_parts/RecordLinks";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { listTagsWithCounts } from "@/db/queries/taxonomyWrites";
import { contentLocales } from "@/db/schema";
import { maxNameLength, maxSlugLength } from "@/lib/admin/taxonomyFields";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { tagPath } from "@/lib/routes";
import { createTagAction } from "./actions";

const pageSize = 50;

type Props = { searchParams: Promise<{ locale?: string | string[]; q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.tags"))("title") };
}

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.tags");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const params = await searchParams;
  const locale = params.locale === "en" ? "en" : "hi";
  const query = deskQuery(params.q);
  const page = deskPage(params.page);
  const { items, total } = await listTagsWithCounts({ locale, query, limit: pageSize, offset: (page - 1) * pageSize });
  const listHref = (next: { locale?: string; page?: number }) =>
    `/admin/tags?${new URLSearchParams({ locale: next.locale ?? locale, ...(query && !next.locale ? { q: query } : {}), ...(next.page ? { page: String(next.page) } : {}) })}`;

  return (
    <AdminShell user={user} title={t("title")}>
      <div className="desk-toolbar">
        <nav className="desk-tabs" aria-label={t("localeLabel")}>
          {contentLocales.map((option) => (
            <a key={option} href={listHref({ locale: option })} aria-current={option === locale ? "page" : undefined}>
              {t(`locale.${option}`)}
            </a>
          ))}
        </nav>
        <form role="search" className="desk-search" action="/admin/tags">
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="tag-query">{t("searchLabel")}</label>
            <input id="tag-query" type="search" name="q" defaultValue={query} />
          </div>
          <button type="submit" className="button">
            {t("searchButton")}
          </button>
        </form>
      </div>
      <p className="field-hint">{query ? t("foundFor", { total, query }) : t("count", { total })}</p>
      {items.length > 0 ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.slug")}</th>
              <th scope="col" className="desk-count">
                {t("columns.articles")}
              </th>
              <th scope="col">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((tag) => (
              <tr key={tag.id}>
                <td lang={tag.locale}>
                  <a href={`/admin/tags/${tag.id}`}>{tag.name}</a>
                </td>
                <td>
                  <code>{tag.slug}</code>
                </td>
                <td className="desk-count">{tag.articleCount}</td>
                <td>
                  <RecordLinks editHref={`/admin/tags/${tag.id}`} editLabel={t("editOrMerge")} siteHref={tagPath(tag.locale, tag.slug)} siteLabel={t("view")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager page={page} pages={Math.max(1, Math.ceil(total / pageSize))} hrefFor={(n) => listHref({ page: n })} />
      <section className="panel desk-create" aria-labelledby="new-tag">
        <h2 id="new-tag">{t("createHeading", { language: t(`locale.${locale}`) })}</h2>
        <ActionForm
          action={createTagAction}
          submitLabel={t("create")}
          successMessage={t("created")}
          resetOnSuccess
          fieldLabels={{ name: t("fields.name"), slug: t("fields.slug") }}
        >
          <input type="hidden" name="locale" value={locale} />
          <div className="desk-columns">
            <div className="field">
              <label htmlFor="new-tag-name">{t("fields.name")}</label>
              <input id="new-tag-name" name="name" required maxLength={maxNameLength} lang={locale} />
            </div>
            <div className="field">
              <label htmlFor="new-tag-slug">{t("fields.slug")}</label>
              <input id="new-tag-slug" name="slug" maxLength={maxSlugLength} aria-describedby="new-tag-slug-hint" lang="en" />
              <span className="field-hint" id="new-tag-slug-hint">
                {t("fields.slugHint")}
              </span>
            </div>
          </div>
        </ActionForm>
      </section>
    </AdminShell>
  );
}
