import {
  type ConflictingVersion,
  findExistingReferences,
  type LockHolder,
  saveArticleContent,
  slugsStartingWith,
} from "@/db/queries/articleEditing";
import { getArticleWorkflowState } from "@/db/queries/workflow";
import type { ArticleDraft } from "@/lib/content/articleDraft";
import { documentPlainText } from "@/lib/content/document";
import { NotFoundError } from "@/lib/admin/actionResult";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { slugify } from "@/lib/hindi/transliterate";
import { lockLapsedBefore } from "./locks";
import { isSlugFrozen, slugForSave } from "./slugs";

export type SaveOutcome =
  | {
      outcome: "saved";
      version: number;
      updatedAt: Date;
      slug: string;
      /** Set when a story that has been out got a new slug: the audit log records it and the old URL redirects. */
      slugChange: { from: string; to: string } | null;
      /** Whether readers could see the story when it was saved, so its pages must be refreshed. */
      live: boolean;
    }
  | { outcome: "conflict"; current: ConflictingVersion }
  | { outcome: "locked"; holder: LockHolder; current: ConflictingVersion }
  | { outcome: "invalid"; fieldErrors: Record<string, string[]> };

type ReferenceCheck = { fieldErrors: Record<string, string[]>; draft: ArticleDraft };

/**
 * Checks that what the draft points at exists. A restore (`dropMissing`) quietly lets go of authors, pictures and
 * a translation link deleted since the revision was made; a save names them so the editor can choose again.
 */
async function checkReferences(articleId: number, draft: ArticleDraft, dropMissing: boolean): Promise<ReferenceCheck> {
  const bodyImages = draft.body.blocks.flatMap((block) => (block.type === "image" ? [block.mediaId] : []));
  const mediaIds = [draft.heroMediaId, draft.socialMediaId, ...bodyImages].filter((id) => id !== null);
  const existing = await findExistingReferences({
    sectionIds: [draft.sectionId],
    authorIds: draft.authorIds,
    mediaIds,
    articleIds: draft.translationOfId === null ? [] : [draft.translationOfId],
  });
  const hasMedia = (id: number | null) => id === null || existing.mediaIds.includes(id);
  const original = existing.articles.find((article) => article.id === draft.translationOfId);
  const translationOk = draft.translationOfId === null || (original !== undefined && original.id !== articleId && original.locale !== draft.locale);

  const fieldErrors: Record<string, string[]> = {};
  if (!existing.sectionIds.includes(draft.sectionId)) fieldErrors.sectionId = ["missing"];
  if (dropMissing) {
    return {
      fieldErrors,
      draft: {
        ...draft,
        authorIds: draft.authorIds.filter((id) => existing.authorIds.includes(id)),
        heroMediaId: hasMedia(draft.heroMediaId) ? draft.heroMediaId : null,
        socialMediaId: hasMedia(draft.socialMediaId) ? draft.socialMediaId : null,
        translationOfId: translationOk ? draft.translationOfId : null,
        body: { ...draft.body, blocks: draft.body.blocks.filter((block) => block.type !== "image" || hasMedia(block.mediaId)) },
      },
    };
  }
  if (draft.authorIds.some((id) => !existing.authorIds.includes(id))) fieldErrors.authorIds = ["missing"];
  if (!hasMedia(draft.heroMediaId)) fieldErrors.heroMediaId = ["missing"];
  if (!hasMedia(draft.socialMediaId)) fieldErrors.socialMediaId = ["missing"];
  if (bodyImages.some((id) => !hasMedia(id))) fieldErrors.body = ["imageMissing"];
  if (!translationOk) fieldErrors.translationOfId = [original ? "translationLocale" : "missing"];
  return { fieldErrors, draft };
}

/**
 * Saves an editor's validated draft as the article's next version: the rules (may this user edit it now, do its
 * references exist, which slug) before the one write transaction in db/queries/articleEditing.
 */
export async function saveDraft({
  actor,
  articleId,
  baseVersion,
  draft: submitted,
  kind = "save",
  now = new Date(),
}: {
  actor: Actor;
  articleId: number;
  baseVersion: number;
  draft: ArticleDraft;
  kind?: "save" | "restore";
  now?: Date;
}): Promise<SaveOutcome> {
  const article = await getArticleWorkflowState(articleId);
  if (!article) throw new NotFoundError();
  assertCan(actor, "article.edit", article);

  const { fieldErrors, draft } = await checkReferences(articleId, submitted, kind === "restore");
  if (Object.keys(fieldErrors).length > 0) return { outcome: "invalid", fieldErrors };

  // A restore puts back the content, not an old address: a story that has been out keeps the URL it has now.
  const wanted = kind === "restore" && isSlugFrozen(article) ? { ...draft, slug: article.slug } : draft;
  const { slug, changed } = await slugForSave(article, wanted, slugsStartingWith);
  const { tags, authorIds, ...fields } = draft;
  const result = await saveArticleContent({
    articleId,
    baseVersion,
    userId: actor.id,
    kind,
    fields: { ...fields, slug, bodyText: documentPlainText(draft.body) },
    tags: tags.map((name) => ({ name, slug: slugify(name) || "tag" })),
    authorIds,
    now,
    lapsedBefore: lockLapsedBefore(now),
  });
  switch (result.outcome) {
    case "missing":
      throw new NotFoundError();
    case "conflict":
    case "locked":
      return result;
    case "saved":
      return {
        outcome: "saved",
        version: result.version,
        updatedAt: result.updatedAt,
        slug,
        slugChange: changed && isSlugFrozen(result.before) ? { from: result.before.slug, to: slug } : null,
        live: result.before.status === "published",
      };
  }
}
