"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createDraftArticle } from "@/db/queries/articleEditing";
import { listSections } from "@/db/queries/sections";
import { type ActionResult, runAction } from "@/lib/admin/actionResult";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";

const newArticleInput = z.object({
  locale: z.enum(["hi", "en"]).catch("hi"),
  sectionId: z.coerce.number().int().positive().optional().catch(undefined),
});

/** Creates an empty draft (in the chosen locale and section, else Hindi and the first section) and opens its editor. */
export async function createArticle(formData: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await requirePermission("article.create");
    const { locale, sectionId } = newArticleInput.parse({ locale: formData.get("locale"), sectionId: formData.get("sectionId") ?? undefined });
    const sections = await listSections();
    const section = sections.find((candidate) => candidate.id === sectionId) ?? sections[0];
    if (!section) throw new Error("the newsroom has no sections");
    const id = await createDraftArticle({ locale, sectionId: section.id, userId: user.id, now: new Date() });
    await recordAudit({ action: "article.create", userId: user.id, targetType: "article", targetId: id, details: { locale } });
    return id;
  });
  if (!result.ok) return result;
  redirect(`/admin/articles/${result.data}`);
}
