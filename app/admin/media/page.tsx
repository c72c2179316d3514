import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { deskPage, deskQuery, Pager } from "@/app/admin/_parts/Pager";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { AdminShell } from "@/components/admin/AdminShell";
import { MediaThumb } from "@/components/admin/MediaThumb";
import { MediaUploadForm } from "@/components/admin/MediaUploadForm.client";
import "@/app/admin/_parts/desk.css";
import "@/components/admin/media.css";
import { searchMediaItems } from "@/db/queries/mediaLibrary";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

const pageSize = 30;

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[]; deleted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.media"))("title") };
}

export default async function MediaLibraryPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.media");
  if (!can(user, "media.upload")) return <ForbiddenPage user={user} title={t("title")} />;
  const params = await searchParams;
  const query = deskQuery(params.q);
  const page = deskPage(params.page);
  const { items, total } = await searchMediaItems({ query, limit: pageSize, offset: (page - 1) * pageSize });
  const hrefFor = (n: number) => `/admin/media?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(n) })}`;

  return (
    <AdminShell user={user} title={t("title")}>
      {params.deleted ? (
        <p className="notice notice-success" role="status">
          {t("item.deleted")}
        </p>
      ) : null}
      <section className="panel">
        <MediaUploadForm />
      </section>
      <section className="panel" aria-labelledby="library-heading">
        <h2 id="library-heading">{t("library")}</h2>
        <form role="search" className="media-search" action="/admin/media">
          <div className="field">
            <label htmlFor="media-query">{t("searchLabel")}</label>
            <input id="media-query" type="search" name="q" defaultValue={query} />
          </div>
          <button type="submit" className="button">
            {t("searchButton")}
          </button>
        </form>
        <p className="media-meta">{query ? t("foundFor", { total, query }) : t("count", { total })}</p>
        {items.length > 0 ? (
          <ul className="media-grid">
            {items.map((item) => (
              <li key={item.id}>
                <a className="media-tile" href={`/admin/media/${item.id}`}>
                  <MediaThumb media={item} decorative />
                  <span className="media-tile-alt">{item.alt}</span>
                  <span className="media-meta">{t("dimensions", { width: String(item.width), height: String(item.height) })}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{query ? t("noResults") : t("empty")}</p>
        )}
        <Pager page={page} pages={Math.max(1, Math.ceil(total / pageSize))} hrefFor={hrefFor} />
      </section>
    </AdminShell>
  );
}
