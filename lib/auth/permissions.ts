import type { ArticleStatus, Role } from "@/db/schema";

/**
 * What each newsroom role may do. Every server action and route asks `can` (or `assertCan`) on the server;
 * hiding a button in the interface is never the check.
 */
export const actions = [
  "article.create",
  "article.edit",
  "article.submit",
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.delete",
  "media.upload",
  "media.manage",
  "taxonomy.manage",
  "users.manage",
  "audit.view",
] as const;
export type Action = (typeof actions)[number];

export type Actor = { id: number; role: Role };
/** The parts of an article that decide who may act on it. */
export type ArticleRef = { createdByUserId: number | null; status: ArticleStatus };

const rank: Record<Role, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

function atLeast(actor: Actor, role: Role): boolean {
  return rank[actor.role] >= rank[role];
}

function owns(actor: Actor, article?: ArticleRef): boolean {
  return article === undefined || article.createdByUserId === actor.id;
}

/** Contributors may change their own copy until it is published or scheduled; after that it is the desk's. */
const contributorEditable: ArticleStatus[] = ["draft", "in_review", "unpublished"];

export function can(actor: Actor, action: Action, article?: ArticleRef): boolean {
  switch (action) {
    case "article.create":
      return true;
    case "article.edit":
      if (atLeast(actor, "editor")) return true;
      if (actor.role === "author") return owns(actor, article);
      return owns(actor, article) && (article === undefined || contributorEditable.includes(article.status));
    case "article.submit":
      return atLeast(actor, "editor") || owns(actor, article);
    case "article.publish":
    case "article.schedule":
    case "article.unpublish":
    case "article.delete":
      return atLeast(actor, "editor") || (actor.role === "author" && owns(actor, article));
    case "media.upload":
      return atLeast(actor, "author");
    case "media.manage":
    case "taxonomy.manage":
      return atLeast(actor, "editor");
    case "users.manage":
    case "audit.view":
      return actor.role === "admin";
  }
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`not allowed: ${action}`);
  }
}

export function assertCan(actor: Actor, action: Action, article?: ArticleRef): void {
  if (!can(actor, action, article)) throw new ForbiddenError(action);
}
