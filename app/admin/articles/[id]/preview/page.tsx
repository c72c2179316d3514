import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getArticleForEditing, getAutosave } from "@/db/queries/articleEditing";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { editorDraftFrom } from "@/lib/content/articleDraft";
import { idFromSegment } from "../access";
import { ArticlePreview } from "./ArticlePreview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ source?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.editor.previewPage");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The article as readers would see it: its saved version, or with `?source=autosave` the user's unsaved work.
 * Only for staff who may edit it; for anyone else it does not exist.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = idFromSegment((await params).id);
  const article = id === null ? undefined : await getArticleForEditing(id);
  if (!article || !can(user, "article.edit", article)) notFound();
  const t = await getTranslations("admin.editor.previewPage");

  const autosave = (await searchParams).source === "autosave" ? await getAutosave(article.id, user.id) : undefined;
  const draft = editorDraftFrom(autosave ? autosave.snapshot : article);
  return <ArticlePreview article={article} draft={draft} banner={autosave ? t("bannerUnsaved") : t("banner")} />;
}
