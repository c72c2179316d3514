import { asc, eq } from "drizzle-orm";
import type { PortalDatabase } from "../client";
import { articleAuthors, articles, articleTags, tags } from "../schema";

/** The handle a `getDb().transaction(...)` callback receives; snapshots are read inside the write they record. */
export type PortalTransaction = Parameters<Parameters<PortalDatabase["transaction"]>[0]>[0];

type ArticleRow = typeof articles.$inferSelect;

/** Every editable field of an article at one version: what a revision stores and a restore puts back. */
export type ArticleSnapshot = Pick<
  ArticleRow,
  | "headline"
  | "standfirst"
  | "body"
  | "sectionId"
  | "agency"
  | "bylineText"
  | "datelinePlace"
  | "datelineDay"
  | "datelineMonth"
  | "datelineYear"
  | "heroMediaId"
  | "slug"
  | "locale"
  | "metaTitle"
  | "metaDescription"
  | "socialMediaId"
  | "translationOfId"
> & {
  /** Tag names in the article's order; names, not ids, so that a restore survives a tag being merged or deleted. */
  tags: string[];
  /** Byline authors in order. */
  authorIds: number[];
};

/** Reads the snapshot synchronously, for use inside a transaction; undefined when the article does not exist. */
export function readArticleSnapshot(tx: PortalTransaction, articleId: number): ArticleSnapshot | undefined {
  const article = tx
    .select({
      headline: articles.headline,
      standfirst: articles.standfirst,
      body: articles.body,
      sectionId: articles.sectionId,
      agency: articles.agency,
      bylineText: articles.bylineText,
      datelinePlace: articles.datelinePlace,
      datelineDay: articles.datelineDay,
      datelineMonth: articles.datelineMonth,
      datelineYear: articles.datelineYear,
      heroMediaId: articles.heroMediaId,
      slug: articles.slug,
      locale: articles.locale,
      metaTitle: articles.metaTitle,
      metaDescription: articles.metaDescription,
      socialMediaId: articles.socialMediaId,
      translationOfId: articles.translationOfId,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!article) return undefined;
  const tagNames = tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position), asc(tags.id))
    .all();
  const authorRows = tx
    .select({ authorId: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position), asc(articleAuthors.authorId))
    .all();
  return { ...article, tags: tagNames.map((t) => t.name), authorIds: authorRows.map((a) => a.authorId) };
}
