"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ArticleStatus } from "@/db/schema";
import { applyTransition, getArticleWorkflowState } from "@/db/queries/workflow";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { type AuditAction, recordAudit } from "@/lib/audit/record";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { revalidateArticle } from "@/lib/cache/revalidateArticle";
import { newsroomTime } from "@/lib/newsroom/newsroomTime";
import { planTransition, type TransitionName, transitionNames, transitions } from "@/lib/newsroom/workflow";

const changeStatusInput = z.object({
  articleId: z.number().int().positive(),
  version: z.number().int().positive(),
  transition: z.enum(transitionNames as [TransitionName, ...TransitionName[]]),
  scheduledAt: newsroomTime.optional(),
});

export type StatusChanged = { version: number; status: ArticleStatus; publishedAt: string | null; scheduledAt: string | null };

/** Steps that leave a trace in the audit log; returning copy to a writer or reopening it is ordinary desk work. */
const auditedAs: Partial<Record<TransitionName, AuditAction>> = {
  submit: "article.submit",
  publish: "article.publish",
  schedule: "article.schedule",
  unschedule: "article.schedule",
  unpublish: "article.unpublish",
};

type Refusal = { code: "forbidden" | "invalid" | "conflict"; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Moves an article one step through the workflow (submit, send back, publish, schedule, unschedule, unpublish,
 * reopen). `version` is the version the editor's screen shows; if the article changed since, nothing happens and
 * the answer is a conflict. `scheduledAt` (for schedule) is ISO 8601, or a `datetime-local` value meant as IST.
 */
export async function changeStatus(input: {
  articleId: number;
  version: number;
  transition: TransitionName;
  scheduledAt?: string;
}): Promise<ActionResult<StatusChanged>> {
  const t = await getTranslations("admin.workflow");
  const statusName = await getTranslations("admin.status");
  const result = await runAction(async (): Promise<{ refused: Refusal } | { changed: StatusChanged }> => {
    const parsed = changeStatusInput.safeParse(input);
    if (!parsed.success) {
      // A mistyped time is the editor's to fix; anything else wrong is a bug in the calling form and gets the generic answer.
      if (parsed.error.issues.some((issue) => issue.path[0] === "scheduledAt")) {
        const message = t("scheduleInvalid");
        return { refused: { code: "invalid", error: message, fieldErrors: { scheduledAt: [message] } } };
      }
      throw parsed.error;
    }
    const { articleId, version, transition, scheduledAt } = parsed.data;
    const { action } = transitions[transition];
    try {
      // The role alone already rules some steps out (a contributor never publishes); ask before reading anything.
      await requirePermission(action);
      const article = await getArticleWorkflowState(articleId);
      if (!article) throw new NotFoundError();
      const user = await requirePermission(action, article);

      const conflict = (status: ArticleStatus): { refused: Refusal } => ({
        refused: { code: "conflict", error: t("conflict", { status: statusName(status) }) },
      });
      if (article.version !== version) return conflict(article.status);

      const planned = planTransition(user, article, transition, { now: new Date(), scheduledAt });
      if (!planned.ok) {
        if (planned.reason === "forbidden") throw new ForbiddenError(action);
        if (planned.reason === "wrongStatus") {
          return { refused: { code: "invalid", error: t("wrongStatus", { status: statusName(article.status) }) } };
        }
        const message = t(planned.reason);
        return { refused: { code: "invalid", error: message, fieldErrors: { scheduledAt: [message] } } };
      }

      const { plan } = planned;
      // An untitled or empty draft must not reach the desk or the readers, whatever the form allowed.
      if (plan.to !== "draft" && plan.to !== "unpublished" && !article.complete) {
        return { refused: { code: "invalid", error: t("incomplete") } };
      }
      const applied = await applyTransition({
        articleId,
        expectedVersion: version,
        ...plan,
        userId: user.id,
        kind: plan.to === "published" ? "publish" : "save",
      });
      if (applied.conflict) {
        if (!applied.current) throw new NotFoundError();
        return conflict(applied.current.status);
      }

      const audit = auditedAs[transition];
      if (audit) {
        await recordAudit({
          action: audit,
          userId: user.id,
          targetType: "article",
          targetId: articleId,
          details: { transition, from: plan.from, to: plan.to, version: applied.version, scheduledAt: plan.scheduledAt?.toISOString() },
        });
      }
      if (plan.from === "published" || plan.to === "published") await revalidateArticle(articleId);
      return {
        changed: {
          version: applied.version,
          status: applied.status,
          publishedAt: applied.publishedAt?.toISOString() ?? null,
          scheduledAt: applied.scheduledAt?.toISOString() ?? null,
        },
      };
    } catch (error) {
      // A refusal that names the step is clearer than the newsroom's generic "not allowed".
      if (error instanceof ForbiddenError) return { refused: { code: "forbidden", error: t(`forbidden.${transition}`) } };
      throw error;
    }
  });
  if (!result.ok) return result;
  if ("refused" in result.data) return { ok: false, ...result.data.refused };
  return { ok: true, data: result.data.changed };
}
