import type { ArticleStatus } from "@/db/schema";
import { type Action, type Actor, type ArticleRef, can } from "@/lib/auth/permissions";

/** The publishing workflow as data: each step, the statuses it starts from, where it leads and who may take it. */
export const transitions = {
  submit: { from: ["draft", "unpublished"], to: "in_review", action: "article.submit" },
  // An editor returns copy to the writer; it needs the same right as publishing it.
  sendBack: { from: ["in_review"], to: "draft", action: "article.publish" },
  publish: { from: ["draft", "in_review", "unpublished", "scheduled"], to: "published", action: "article.publish" },
  schedule: { from: ["draft", "in_review", "unpublished"], to: "scheduled", action: "article.schedule" },
  unschedule: { from: ["scheduled"], to: "draft", action: "article.schedule" },
  unpublish: { from: ["published"], to: "unpublished", action: "article.unpublish" },
  reopen: { from: ["unpublished"], to: "draft", action: "article.edit" },
} as const satisfies Record<string, { from: readonly ArticleStatus[]; to: ArticleStatus; action: Action }>;

export type TransitionName = keyof typeof transitions;
export const transitionNames = Object.keys(transitions) as TransitionName[];

/** A story may be scheduled up to a year ahead; anything later is almost certainly a mistyped year. */
export const maxScheduleAheadMs = 365 * 24 * 60 * 60 * 1000;

/** What the workflow needs to know about an article: who owns it, where it stands, whether it went out before. */
export type WorkflowArticle = ArticleRef & { publishedAt: Date | null };

export type TransitionRefusal = "forbidden" | "wrongStatus" | "scheduleMissing" | "scheduleInPast" | "scheduleTooFar";

export type TransitionPlan = {
  from: ArticleStatus;
  to: ArticleStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
};

function startsFrom(name: TransitionName, status: ArticleStatus): boolean {
  return (transitions[name].from as readonly ArticleStatus[]).includes(status);
}

/** The steps this user may take on the article now, in workflow order. */
export function availableTransitions(actor: Actor, article: ArticleRef): TransitionName[] {
  return transitionNames.filter((name) => startsFrom(name, article.status) && can(actor, transitions[name].action, article));
}

/**
 * The moment a story counts as published: the first publication keeps its time through unpublishing and
 * re-publishing (readers and search engines already know it by that date), while a story that never went out —
 * including one published ahead of its schedule — is published now.
 */
export function publicationTime(previous: Date | null, now: Date): Date {
  return previous !== null && previous.getTime() <= now.getTime() ? previous : now;
}

/** Checks a step against the rules and works out the article's new status and times; nothing is written. */
export function planTransition(
  actor: Actor,
  article: WorkflowArticle,
  name: TransitionName,
  { now, scheduledAt }: { now: Date; scheduledAt?: Date | null },
): { ok: true; plan: TransitionPlan } | { ok: false; reason: TransitionRefusal } {
  const transition = transitions[name];
  if (!can(actor, transition.action, article)) return { ok: false, reason: "forbidden" };
  if (!startsFrom(name, article.status)) return { ok: false, reason: "wrongStatus" };

  const plan: TransitionPlan = { from: article.status, to: transition.to, publishedAt: article.publishedAt, scheduledAt: null, updatedAt: now };
  if (name === "schedule") {
    if (!scheduledAt) return { ok: false, reason: "scheduleMissing" };
    if (scheduledAt.getTime() <= now.getTime()) return { ok: false, reason: "scheduleInPast" };
    if (scheduledAt.getTime() - now.getTime() > maxScheduleAheadMs) return { ok: false, reason: "scheduleTooFar" };
    plan.scheduledAt = scheduledAt;
  }
  if (name === "publish") plan.publishedAt = publicationTime(article.publishedAt, now);
  return { ok: true, plan };
}
