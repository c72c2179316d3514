import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { RestoreRevisionButton } from "@/components/admin/RestoreRevisionButton.client";
import { getArticleForEditing, getRevision } from "@/db/queries/articleEditing";
import { listSections } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { editorDraftFrom } from "@/lib/content/articleDraft";
import { documentPlainText } from "@/lib/content/document";
import { formatDatelineDate, formatDateTime } from "@/lib/hindi/format";
import "@/components/admin/editor.css";
import { idFromSegment, mayOpenArticle } from "../../access";
import { restoreRevision } from "../actions";

type Props = { params: Promise<{ id: string; revisionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.editor.revisions");
  return { title: t("pageTitle") };
}

/** One revision's fields as they were saved, read-only, with its preview and the way to restore it. */
export default async function RevisionPage({ params }: Props) {
  const user = await requireUser();
  const { id: idSegment, revisionId: revisionSegment } = await params;
  const id = idFromSegment(idSegment);
  const revisionId = idFromSegment(revisionSegment);
  const article = id === null ? undefined : await getArticleForEditing(id);
  if (!article || revisionId === null || !mayOpenArticle(user, article)) notFound();
  const revision = await getRevision(article.id, revisionId);
  if (!revision) notFound();

  const [t, fields, sections, authors, adminLocale] = await Promise.all([
    getTranslations("admin.editor.revisions"),
    getTranslations("admin.editor.fields"),
    listSections(),
    listAuthors(),
    getLocale(),
  ]);
  const locale = adminLocale === "en" ? "en" : "hi";
  const draft = editorDraftFrom(revision.snapshot);
  const mayEdit = can(user, "article.edit", article);
  const base = `/admin/articles/${article.id}`;
  const dateline =
    draft.datelinePlace && draft.datelineDay && draft.datelineMonth
      ? `${draft.datelinePlace}, ${formatDatelineDate(draft.datelineDay, draft.datelineMonth, draft.datelineYear ?? null, draft.locale)}`
      : draft.datelinePlace;
  const rows: [string, string][] = [
    [fields("section"), sections.find((section) => section.id === draft.sectionId)?.name ?? "—"],
    [fields("locale"), draft.locale === "en" ? fields("localeEn") : fields("localeHi")],
    [fields("authors"), draft.authorIds.map((authorId) => authors.find((author) => author.id === authorId)?.name ?? `#${authorId}`).join(", ") || "—"],
    [fields("bylineText"), draft.bylineText || "—"],
    [fields("agency"), draft.agency || "—"],
    [fields("dateline"), dateline || "—"],
    [fields("tags"), draft.tags.join(", ") || "—"],
    [fields("slug"), draft.slug || "—"],
    [fields("metaTitle"), draft.metaTitle || "—"],
    [fields("metaDescription"), draft.metaDescription || "—"],
  ];

  return (
    <AdminShell
      user={user}
      title={t("revisionTitle", { version: revision.version })}
      actions={
        <a className="button button-secondary" href={`${base}/revisions`}>
          {t("allRevisions")}
        </a>
      }
    >
      <p>
        {t("madeBy", { kind: t(`kinds.${revision.kind}`), name: revision.userName ?? "—", when: formatDateTime(revision.createdAt, locale) })}
      </p>
      <div className="editor-button-row">
        {mayEdit ? <a href={`${base}/revisions/${revision.id}/preview`}>{t("preview")}</a> : null}
        {mayEdit && revision.version !== article.version ? (
          <RestoreRevisionButton articleId={article.id} revisionId={revision.id} version={revision.version} baseVersion={article.version} restore={restoreRevision} />
        ) : null}
      </div>
      <article className="panel revision-view" lang={draft.locale}>
        <h2>{draft.headline || t("untitled")}</h2>
        {draft.standfirst ? <p className="revision-standfirst">{draft.standfirst}</p> : null}
        {documentPlainText(draft.body)
          .split("\n")
          .map((line, index) => (
            <p key={index}>{line}</p>
          ))}
      </article>
      <dl className="panel revision-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </AdminShell>
  );
}
