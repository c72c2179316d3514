import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { ArticleEditor } from "@/components/admin/ArticleEditor.client";
import type { AutosaveOffer, EditorActions, EditorLock } from "@/components/admin/articleEditorTypes";
import { countRevisions, getArticleForEditing, getAutosave, listEditorMedia, peekLock } from "@/db/queries/articleEditing";
import { listSections } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { editorDraftFrom, type EditorDraft } from "@/lib/content/articleDraft";
import { lockLapsedBefore } from "@/lib/newsroom/locks";
import { articlePath } from "@/lib/routes";
import { acquireLock, autosaveArticle, discardAutosave, saveArticle, suggestTags } from "./actions";
import { idFromSegment, mayOpenArticle } from "./access";
import { changeStatus } from "./workflow";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.editor");
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

const actions: EditorActions = { save: saveArticle, autosave: autosaveArticle, discardAutosave, acquireLock, suggestTags, changeStatus };

function mediaIdsOf(draft: EditorDraft): number[] {
  const body = draft.body.blocks.flatMap((block) => (block.type === "image" ? [block.mediaId] : []));
  return [draft.heroMediaId, draft.socialMediaId, ...body].filter((id): id is number => typeof id === "number");
}

/**
 * The editor of one article: the saved version, the user's unsaved autosave if it differs, and who holds the edit
 * lock (the editor takes it on opening when it is free or has lapsed).
 */
export default async function EditArticlePage({ params }: Props) {
  const user = await requireUser();
  const t = await getTranslations("admin.editor");
  const id = idFromSegment((await params).id);
  const article = id === null ? undefined : await getArticleForEditing(id);
  if (!article || !mayOpenArticle(user, article)) notFound();

  const mayEdit = can(user, "article.edit", article);
  const now = new Date();
  const [sections, authors, autosave, revisionsCount, holder] = await Promise.all([
    listSections(),
    listAuthors(),
    mayEdit ? getAutosave(article.id, user.id) : undefined,
    countRevisions(article.id),
    peekLock(article.id, lockLapsedBefore(now)),
  ]);

  const saved = editorDraftFrom(article);
  const unsaved = autosave ? editorDraftFrom(autosave.snapshot) : null;
  const offer: AutosaveOffer | null =
    autosave && unsaved && JSON.stringify(unsaved) !== JSON.stringify(saved)
      ? { draft: unsaved, savedAt: autosave.savedAt.toISOString(), baseVersion: autosave.baseVersion }
      : null;
  // The page only looks; the editor claims the lock once it runs in the browser, after the page it replaced (a
  // reload, say) has let go of it on leaving.
  const lock: EditorLock =
    holder && holder.userId !== user.id
      ? { heldByMe: false, holder: { name: holder.name, heartbeatAt: holder.heartbeatAt.toISOString() } }
      : { heldByMe: mayEdit, holder: null };
  const media = await listEditorMedia([...mediaIdsOf(saved), ...(unsaved ? mediaIdsOf(unsaved) : [])]);

  return (
    <AdminShell user={user} title={article.headline || t("untitled")}>
      <ArticleEditor
        article={{
          id: article.id,
          status: article.status,
          version: article.version,
          createdByUserId: article.createdByUserId,
          publishedAt: article.publishedAt?.toISOString() ?? null,
          scheduledAt: article.scheduledAt?.toISOString() ?? null,
          updatedAt: article.updatedAt.toISOString(),
          lastSavedBy: article.lastSavedBy,
          readerPath: article.status === "published" ? articlePath(article.locale, { id: article.id, slug: article.slug, sectionSlug: article.sectionSlug }) : null,
        }}
        saved={saved}
        autosave={offer}
        lock={lock}
        options={{
          sections: sections.map((section) => ({ id: section.id, name: section.name })),
          authors: authors.map((author) => ({ id: author.id, name: author.name })),
          media,
        }}
        user={{ id: user.id, role: user.role, name: user.name }}
        actions={actions}
        revisionsCount={revisionsCount}
      />
    </AdminShell>
  );
}
