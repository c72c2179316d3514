import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { deskPage, deskQuery, Pager } from "@/app/admin/_parts/Pager";
import { AdminShell } from "@/components/admin/AdminShell";
import { ArticleStatusBadge } from "@/components/admin/ArticleStatusBadge";
import "@/app/admin/_parts/desk.css";
import "@/components/admin/articleList.css";
import { type DeskFilter, listDeskArticles } from "@/db/queries/articleList";
import { listSections } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import { type ArticleStatus, articleStatuses } from "@/db/schema";
import { formatDateTime } from "@/lib/hindi/format";
import { localized } from "@/lib/localize";
import { requireUser } from "@/lib/auth/session";

const pageSize = 25;

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<Record<"status" | "section" | "author" | "locale" | "q" | "page", Param>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.articles"))("title") };
}

function first(value: Param): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function positive(value: Param): number | undefined {
  const number = Number(first(value));
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/**
 * The newsroom's front page: every story (a contributor sees their own), filtered by status, section, byline
 * author and locale, searched by headline, newest change first.
 */
export default async function ArticleListPage({ searchParams }: Props) {
  const user = await requireUser();
  const [t, statusName, adminLocale, params, sections, authors] = await Promise.all([
    getTranslations("admin.articles"),
    getTranslations("admin.status"),
    getLocale(),
    searchParams,
    listSections(),
    listAuthors(),
  ]);
  const locale = adminLocale === "en" ? "en" : "hi";
  const status = articleStatuses.find((candidate) => candidate === first(params.status));
  const contentLocale = first(params.locale) === "hi" || first(params.locale) === "en" ? (first(params.locale) as "hi" | "en") : undefined;
  const filter: DeskFilter = {
    status,
    sectionId: positive(params.section),
    authorId: positive(params.author),
    locale: contentLocale,
    headline: deskQuery(params.q),
    createdBy: user.role === "contributor" ? user.id : undefined,
  };
  const page = deskPage(params.page);
  const { items, total } = await listDeskArticles(filter, { limit: pageSize, offset: (page - 1) * pageSize });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const query = (n: number) =>
    new URLSearchParams(
      Object.entries({
        status: filter.status ?? "",
        section: filter.sectionId ? String(filter.sectionId) : "",
        author: filter.authorId ? String(filter.authorId) : "",
        locale: filter.locale ?? "",
        q: filter.headline ?? "",
        page: n > 1 ? String(n) : "",
      }).filter(([, value]) => value !== ""),
    ).toString();
  const hrefFor = (n: number) => `/admin${query(n) ? `?${query(n)}` : ""}`;

  return (
    <AdminShell
      user={user}
      title={t("title")}
      actions={
        <a className="button" href="/admin/articles/new">
          {t("newArticle")}
        </a>
      }
    >
      {user.role === "contributor" ? <p className="field-hint">{t("ownOnly")}</p> : null}
      <form className="panel article-filters" role="search" action="/admin" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="filter-q">{t("search")}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filter.headline} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("status")}</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("any")}</option>
            {articleStatuses.map((value: ArticleStatus) => (
              <option key={value} value={value}>
                {statusName(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-section">{t("section")}</label>
          <select id="filter-section" name="section" defaultValue={filter.sectionId ?? ""}>
            <option value="">{t("any")}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {localized(locale, section)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-author">{t("author")}</label>
          <select id="filter-author" name="author" defaultValue={filter.authorId ?? ""}>
            <option value="">{t("any")}</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {localized(locale, author)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-locale">{t("locale")}</label>
          <select id="filter-locale" name="locale" defaultValue={filter.locale ?? ""}>
            <option value="">{t("any")}</option>
            <option value="hi">{t("locales.hi")}</option>
            <option value="en">{t("locales.en")}</option>
          </select>
        </div>
        <div className="article-filter-buttons">
          <button type="submit" className="button">
            {t("apply")}
          </button>
          <a href="/admin">{t("clear")}</a>
        </div>
      </form>

      {items.length === 0 ? (
        <p className="notice notice-info" role="status">
          {t("none")}
        </p>
      ) : (
        <>
          <p role="status">{t("count", { total })}</p>
          <div className="article-table-wrap">
            <table className="admin-table article-table">
              <caption className="visually-hidden">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("columns.headline")}</th>
                  <th scope="col">{t("columns.status")}</th>
                  <th scope="col">{t("columns.section")}</th>
                  <th scope="col">{t("columns.byline")}</th>
                  <th scope="col">{t("columns.locale")}</th>
                  <th scope="col">{t("columns.updated")}</th>
                  <th scope="col">{t("columns.published")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((article) => (
                  <tr key={article.id}>
                    <td lang={article.locale}>
                      <a href={`/admin/articles/${article.id}`}>{article.headline || t("untitled")}</a>
                    </td>
                    <td>
                      <ArticleStatusBadge status={article.status} label={statusName(article.status)} />
                    </td>
                    <td>{localized(locale, article.section)}</td>
                    <td>{article.authors.length > 0 ? article.authors.map((author) => localized(locale, author)).join(", ") : (article.bylineText ?? "—")}</td>
                    <td>{t(`locales.${article.locale}`)}</td>
                    <td>{formatDateTime(article.updatedAt, locale)}</td>
                    <td>
                      {article.status === "scheduled" && article.scheduledAt
                        ? t("scheduledFor", { when: formatDateTime(article.scheduledAt, locale) })
                        : article.publishedAt
                          ? formatDateTime(article.publishedAt, locale)
                          : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager page={Math.min(page, pages)} pages={pages} hrefFor={hrefFor} />
    </AdminShell>
  );
}
