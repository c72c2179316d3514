import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articles, articleTags, sections } from "../schema";

/** What decides which reader pages show an article: its URL, its section and the tag and author pages that list it. */
export type ArticleCacheTarget = {
  id: number;
  locale: "hi" | "en";
  slug: string;
  sectionSlug: string;
  tagIds: number[];
  authorIds: number[];
};

export async function getArticleCacheTarget(id: number): Promise<ArticleCacheTarget | undefined> {
  const [article] = await getDb()
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .limit(1);
  if (!article) return undefined;
  const [tagRows, authorRows] = await Promise.all([
    getDb().select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id)).orderBy(asc(articleTags.position)),
    getDb().select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
  ]);
  return { ...article, tagIds: tagRows.map((t) => t.id), authorIds: authorRows.map((a) => a.id) };
}
