import { getLocale, getTranslations } from "next-intl/server";
import { getArticleCacheTarget } from "@/db/queries/articleCacheTarget";
import type { ArticleSaved } from "@/components/admin/articleEditorTypes";
import type { ConflictingVersion } from "@/db/queries/articleEditing";
import type { StaffUser } from "@/db/queries/users";
import type { ActionResult, SaveConflict } from "@/lib/admin/actionResult";
import { recordAudit } from "@/lib/audit/record";
import { revalidateArticle } from "@/lib/cache/revalidateArticle";
import type { ArticleDraft } from "@/lib/content/articleDraft";
import { formatDateTime } from "@/lib/hindi/format";
import { saveDraft } from "@/lib/newsroom/articleSaving";


type Refusal = Extract<ActionResult, { ok: false }>;
export type Persisted = { saved: ArticleSaved } | { refused: Refusal };

function conflictOf(current: ConflictingVersion, lockedBy?: string): SaveConflict {
  return {
    version: current.version,
    savedBy: current.savedBy,
    savedAt: current.savedAt.toISOString(),
    snapshot: current.snapshot,
    ...(lockedBy ? { lockedBy } : {}),
  };
}

/**
 * Saves (or restores) a validated draft and does what follows a save: the audit trail, and fresh reader pages when
 * readers could see the story or its address changed. Runs inside the action's runAction; a refusal is returned,
 * not thrown, with the message the editor reads.
 */
export async function persistDraft({
  user,
  articleId,
  baseVersion,
  draft,
  kind,
  restoredRevisionId,
}: {
  user: StaffUser;
  articleId: number;
  baseVersion: number;
  draft: ArticleDraft;
  kind: "save" | "restore";
  restoredRevisionId?: number;
}): Promise<Persisted> {
  const t = await getTranslations("admin.editor.save");
  const errors = await getTranslations("admin.errors");
  const locale = (await getLocale()) === "en" ? "en" : "hi";
  const before = await getArticleCacheTarget(articleId);
  const outcome = await saveDraft({ actor: user, articleId, baseVersion, draft, kind });

  switch (outcome.outcome) {
    case "invalid":
      return { refused: { ok: false, code: "invalid", error: errors("invalid"), fieldErrors: outcome.fieldErrors } };
    case "conflict": {
      const { savedBy, savedAt } = outcome.current;
      const when = formatDateTime(savedAt, locale);
      return {
        refused: {
          ok: false,
          code: "conflict",
          error: savedBy ? t("conflict", { name: savedBy, when }) : t("conflictUnknown", { when }),
          conflict: conflictOf(outcome.current),
        },
      };
    }
    case "locked":
      return {
        refused: {
          ok: false,
          code: "conflict",
          error: t("takenOver", { name: outcome.holder.name }),
          conflict: conflictOf(outcome.current, outcome.holder.name),
        },
      };
    case "saved":
      break;
  }

  const target = { targetType: "article", targetId: articleId };
  if (kind === "restore") {
    await recordAudit({ action: "article.restore", userId: user.id, ...target, details: { revisionId: restoredRevisionId, version: outcome.version } });
  } else {
    await recordAudit({ action: "article.save", userId: user.id, ...target, details: { version: outcome.version } });
  }
  if (outcome.slugChange) {
    await recordAudit({ action: "article.slug", userId: user.id, ...target, details: outcome.slugChange });
  }
  if (outcome.live || outcome.slugChange) await revalidateArticle(articleId, { before });
  return { saved: { version: outcome.version, updatedAt: outcome.updatedAt.toISOString(), slug: outcome.slug } };
}

/** A runAction result carrying a Persisted, as the ActionResult the editor receives. */
export function persistedResult(result: ActionResult<Persisted>): ActionResult<ArticleSaved> {
  if (!result.ok) return result;
  return "refused" in result.data ? result.data.refused : { ok: true, data: result.data.saved };
}
