import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { getDb } from "../client";
import { type ArticleStatus, articleAuthors, articles, authors, sections } from "../schema";

/** The newsroom's article list filters; all optional. `createdBy` limits the list to one account's stories. */
export type DeskFilter = {
  status?: ArticleStatus;
  sectionId?: number;
  authorId?: number;
  locale?: "hi" | "en";
  headline?: string;
  createdBy?: number;
};

export type DeskArticle = {
  id: number;
  headline: string;
  status: ArticleStatus;
  locale: "hi" | "en";
  section: { name: string; nameEn: string };
  authors: { id: number; name: string; nameEn: string }[];
  bylineText: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
};

function conditions(filter: DeskFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.status) parts.push(eq(articles.status, filter.status));
  if (filter.sectionId) parts.push(eq(articles.sectionId, filter.sectionId));
  if (filter.locale) parts.push(eq(articles.locale, filter.locale));
  if (filter.createdBy !== undefined) parts.push(eq(articles.createdByUserId, filter.createdBy));
  if (filter.authorId) {
    parts.push(inArray(articles.id, getDb().select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, filter.authorId))));
  }
  if (filter.headline) {
    const pattern = `%${filter.headline.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`${articles.headline} like ${pattern} escape '\\'`);
  }
  return parts.length > 0 ? and(...parts) : undefined;
}

/** Every story the filter allows, most recently changed first, a page at a time, with its byline authors. */
export async function listDeskArticles(filter: DeskFilter, { limit, offset }: { limit: number; offset: number }): Promise<{ items: DeskArticle[]; total: number }> {
  const db = getDb();
  const where = conditions(filter);
  const [rows, total] = await Promise.all([
    db
      .select({
        id: articles.id,
        headline: articles.headline,
        status: articles.status,
        locale: articles.locale,
        section: { name: sections.name, nameEn: sections.nameEn },
        bylineText: articles.bylineText,
        updatedAt: articles.updatedAt,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(limit)
      .offset(offset),
    db.$count(articles, where),
  ]);
  const ids = rows.map((row) => row.id);
  const bylines =
    ids.length === 0
      ? []
      : await db
          .select({ articleId: articleAuthors.articleId, id: authors.id, name: authors.name, nameEn: authors.nameEn })
          .from(articleAuthors)
          .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.position));
  return {
    items: rows.map((row) => ({
      ...row,
      authors: bylines.filter((byline) => byline.articleId === row.id).map(({ id, name, nameEn }) => ({ id, name, nameEn })),
    })),
    total,
  };
}
