import { getArticleWorkflowState } from "@/db/queries/workflow";
import type { StaffUser } from "@/db/queries/users";
import { NotFoundError } from "@/lib/admin/actionResult";
import { requirePermission } from "@/lib/auth/session";

/** For the editor's actions: the signed-in user, if they may edit this article now; the article must exist. */
export async function editorOf(articleId: number): Promise<StaffUser> {
  const article = await getArticleWorkflowState(articleId);
  if (!article) throw new NotFoundError();
  return requirePermission("article.edit", article);
}
