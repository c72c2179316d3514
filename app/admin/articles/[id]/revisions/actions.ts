"use server";

import { z } from "zod";
import type { ArticleSaved } from "@/components/admin/articleEditorTypes";
import { getRevision } from "@/db/queries/articleEditing";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { requirePermission } from "@/lib/auth/session";
import { articleDraftSchema, editorDraftFrom } from "@/lib/content/articleDraft";
import { editorOf } from "../editorOf";
import { persistDraft, persistedResult } from "../persistDraft";

const restoreInput = z.object({
  articleId: z.number().int().positive(),
  revisionId: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
});

/**
 * Puts an old revision's content back as a new version (kind "restore"). Nothing in between is lost: every
 * revision stays, the restore is one more. `baseVersion` is the version the revisions page showed as current.
 */
export async function restoreRevision(input: { articleId: number; revisionId: number; baseVersion: number }): Promise<ActionResult<ArticleSaved>> {
  return persistedResult(
    await runAction(async () => {
      await requirePermission("article.edit");
      const { articleId, revisionId, baseVersion } = restoreInput.parse(input);
      const user = await editorOf(articleId);
      const revision = await getRevision(articleId, revisionId);
      if (!revision) throw new NotFoundError();
      const draft = articleDraftSchema.parse(editorDraftFrom(revision.snapshot));
      return persistDraft({ user, articleId, baseVersion, draft, kind: "restore", restoredRevisionId: revisionId });
    }),
  );
}
