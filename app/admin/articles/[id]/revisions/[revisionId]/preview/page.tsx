import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getArticleForEditing, getRevision } from "@/db/queries/articleEditing";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { editorDraftFrom } from "@/lib/content/articleDraft";
import { idFromSegment } from "../../../access";
import { ArticlePreview } from "../../../preview/ArticlePreview";

type Props = { params: Promise<{ id: string; revisionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.editor.previewPage");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** One revision as readers would have seen it; only for staff who may edit the article. */
export default async function RevisionPreviewPage({ params }: Props) {
  const user = await requireUser();
  const { id: idSegment, revisionId: revisionSegment } = await params;
  const id = idFromSegment(idSegment);
  const revisionId = idFromSegment(revisionSegment);
  const article = id === null ? undefined : await getArticleForEditing(id);
  if (!article || revisionId === null || !can(user, "article.edit", article)) notFound();
  const revision = await getRevision(article.id, revisionId);
  if (!revision) notFound();
  const t = await getTranslations("admin.editor.previewPage");
  return <ArticlePreview article={article} draft={editorDraftFrom(revision.snapshot)} banner={t("bannerRevision", { version: revision.version })} />;
}
