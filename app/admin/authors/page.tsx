import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/admin/_parts/ActionForm.client";
import { ForbiddenPage } from "@/app/admin/_parts/ForbiddenPage";
import { RecordLinks } from "@/app/admin/_parts/RecordLinks";
import "@/app/admin/_parts/desk.css";
import { AdminShell } from "@/components/admin/AdminShell";
import { MediaThumb } from "@/components/admin/MediaThumb";
import "@/components/admin/media.css";
import { listAuthorsForDesk } from "@/db/queries/taxonomyWrites";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { authorPath } from "@/lib/routes";
import { createAuthorAction } from "./actions";
import { AuthorFields, authorFieldLabels } from "./AuthorFields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.authors"))("title") };
}

export default async function AuthorsPage() {
  const user = await requireUser();
  const t = await getTranslations("admin.authors");
  if (!can(user, "taxonomy.manage")) return <ForbiddenPage user={user} title={t("title")} />;
  const authors = await listAuthorsForDesk();

  return (
    <AdminShell user={user} title={t("title")}>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.nameEn")}</th>
            <th scope="col">{t("columns.slug")}</th>
            <th scope="col" className="desk-count">
              {t("columns.articles")}
            </th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((author) => (
            <tr key={author.id}>
              <td>
                <span className="desk-person">
                  {author.photo ? <MediaThumb media={author.photo} size={40} decorative /> : null}
                  <a href={`/admin/authors/${author.id}`}>{author.name}</a>
                </span>
              </td>
              <td lang="en">{author.nameEn}</td>
              <td>
                <code>{author.slug}</code>
              </td>
              <td className="desk-count">{author.articleCount}</td>
              <td>
                <RecordLinks editHref={`/admin/authors/${author.id}`} editLabel={t("edit")} siteHref={authorPath("hi", author.slug)} siteLabel={t("view")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="panel desk-create" aria-labelledby="new-author">
        <h2 id="new-author">{t("createHeading")}</h2>
        <ActionForm action={createAuthorAction} submitLabel={t("create")} fieldLabels={await authorFieldLabels()}>
          <AuthorFields photo={null} idPrefix="new-author" />
        </ActionForm>
      </section>
    </AdminShell>
  );
}
