import { and, eq, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { type ArticleStatus, articleRevisions, articles, sections } from "../schema";
import { type PortalTransaction, readArticleSnapshot } from "./articleSnapshot";

export type ArticleWorkflowState = {
  id: number;
  status: ArticleStatus;
  version: number;
  createdByUserId: number | null;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  locale: "hi" | "en";
  sectionSlug: string;
  slug: string;
  complete: boolean;
};

export async function getArticleWorkflowState(id: number): Promise<ArticleWorkflowState | undefined> {
  const [row] = await getDb()
    .select({
      id: articles.id,
      status: articles.status,
      version: articles.version,
      createdByUserId: articles.createdByUserId,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      locale: articles.locale,
      sectionSlug: sections.slug,
      slug: articles.slug,
      // Whether readers would get a story at all: a headline and some body text.
      complete: sql<boolean>`${articles.headline} <> '' and ${articles.bodyText} <> ''`.mapWith(Boolean),
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .limit(1);
  return row;
}

export type StatusChange = {
  articleId: number;
  expectedVersion: number;
  from: ArticleStatus;
  to: ArticleStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  updatedAt: Date;
  userId: number | null;
  kind: "publish" | "save";
};

export type StatusChangeResult =
  | { conflict: false; version: number; status: ArticleStatus; publishedAt: Date | null; scheduledAt: Date | null }
  /** `current` is null when the article no longer exists. */
  | { conflict: true; current: { version: number; status: ArticleStatus } | null };

function recordRevision(tx: PortalTransaction, articleId: number, version: number, userId: number | null, kind: "publish" | "save"): void {
  const snapshot = readArticleSnapshot(tx, articleId)!;
  tx.insert(articleRevisions).values({ articleId, userId, version, kind, snapshot }).run();
}

/**
 * Moves an article to its new status only if nobody changed it since the caller read it (same version, same
 * status), and records the resulting version as a revision — both or neither.
 */
export async function applyTransition(change: StatusChange): Promise<StatusChangeResult> {
  const { articleId, expectedVersion, from, to, publishedAt, scheduledAt, updatedAt, userId, kind } = change;
  return getDb().transaction(
    (tx) => {
      const updated = tx
        .update(articles)
        .set({ status: to, publishedAt, scheduledAt, updatedAt, version: sql`${articles.version} + 1` })
        .where(and(eq(articles.id, articleId), eq(articles.version, expectedVersion), eq(articles.status, from)))
        .returning({ version: articles.version, status: articles.status, publishedAt: articles.publishedAt, scheduledAt: articles.scheduledAt })
        .get();
      if (!updated) {
        const current = tx.select({ version: articles.version, status: articles.status }).from(articles).where(eq(articles.id, articleId)).get();
        return { conflict: true as const, current: current ?? null };
      }
      recordRevision(tx, articleId, updated.version, userId, kind);
      return { conflict: false as const, ...updated };
    },
    { behavior: "immediate" },
  );
}

/**
 * Publishes every scheduled article whose time has come. The status condition in the UPDATE is the lock: however
 * many timers or processes run this at once, each article changes from scheduled to published in exactly one of
 * them, and only that one gets its id back (and records the revision).
 */
export async function publishDueArticles(now: Date): Promise<number[]> {
  const at = now.getTime();
  return getDb().transaction(
    (tx) => {
      const due = tx
        .update(articles)
        .set({
          status: "published",
          // Same rule as publicationTime in lib/newsroom/workflow.ts: a story that went out before keeps its first date.
          publishedAt: sql`case when ${articles.publishedAt} is not null and ${articles.publishedAt} <= ${at} then ${articles.publishedAt} else ${at} end`,
          scheduledAt: null,
          updatedAt: now,
          version: sql`${articles.version} + 1`,
        })
        .where(and(eq(articles.status, "scheduled"), lte(articles.scheduledAt, now)))
        .returning({ id: articles.id, version: articles.version })
        .all();
      for (const { id, version } of due) recordRevision(tx, id, version, null, "publish");
      return due.map(({ id }) => id);
    },
    { behavior: "immediate" },
  );
}
