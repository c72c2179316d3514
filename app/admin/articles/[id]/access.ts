import type { Actor, ArticleRef } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

/** The record id in an admin URL segment (an article, a revision), or null for anything that is not one. */
export function idFromSegment(segment: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(segment)) return null;
  const id = Number(segment);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Who may open an article's editor: whoever may edit it, and — read-only — authors and the desk looking at anyone's
 * story. A contributor sees only their own copy; anyone else's is not there for them (404).
 */
export function mayOpenArticle(actor: Actor, article: ArticleRef): boolean {
  return can(actor, "article.edit", article) || actor.role !== "contributor" || article.createdByUserId === actor.id;
}
