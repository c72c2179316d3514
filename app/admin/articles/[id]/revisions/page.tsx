import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { RestoreRevisionButton } from "@/components/admin/RestoreRevisionButton.client";
import { getArticleForEditing, listRevisions } from "@/db/queries/articleEditing";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/hindi/format";
import "@/components/admin/editor.css";
import { idFromSegment, mayOpenArticle } from "../access";
import { restoreRevision } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.editor.revisions");
  return { title: t("pageTitle") };
}

/** Every saved version of the article, newest first: who made it and when; view, preview or restore any of them. */
export default async function RevisionsPage({ params }: Props) {
  const user = await requireUser();
  const id = idFromSegment((await params).id);
  const article = id === null ? undefined : await getArticleForEditing(id);
  if (!article || !mayOpenArticle(user, article)) notFound();
  const [t, revisions, locale] = await Promise.all([getTranslations("admin.editor.revisions"), listRevisions(article.id), getLocale()]);
  const mayEdit = can(user, "article.edit", article);
  const editor = `/admin/articles/${article.id}`;

  return (
    <AdminShell
      user={user}
      title={t("title", { headline: article.headline || t("untitled") })}
      actions={
        <a className="button button-secondary" href={editor}>
          {t("backToEditor")}
        </a>
      }
    >
      <p>{t("intro", { version: article.version })}</p>
      {revisions.length === 0 ? (
        <p className="notice notice-info">{t("none")}</p>
      ) : (
        <table className="admin-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("user")}</th>
              <th scope="col">{t("time")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td>
                  {revision.version}
                  {revision.version === article.version ? ` (${t("current")})` : null}
                </td>
                <td>{t(`kinds.${revision.kind}`)}</td>
                <td>{revision.userName ?? "—"}</td>
                <td>{formatDateTime(revision.createdAt, locale === "en" ? "en" : "hi")}</td>
                <td className="revision-actions">
                  <a href={`${editor}/revisions/${revision.id}`}>{t("view")}</a>
                  {mayEdit ? (
                    <>
                      {" · "}
                      <a href={`${editor}/revisions/${revision.id}/preview`}>{t("preview")}</a>
                      {revision.version !== article.version ? (
                        <>
                          {" · "}
                          <RestoreRevisionButton articleId={article.id} revisionId={revision.id} version={revision.version} baseVersion={article.version} restore={restoreRevision} />
                        </>
                      ) : null}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminShell>
  );
}
