import { and, eq, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articles, articleTags, authors, sections, tags } from "../schema";
import type { PortalTransaction } from "./articleSnapshot";

export type NewArticle = Omit<typeof articles.$inferInsert, "id"> & {
  tags: { slug: string; name: string }[];
  authorIds: number[];
};

/**
 * The locale's tag of this name, else a new one with the first free slug. Two names can share a transliteration
 * (कम and काम are both "kam"), so a slug alone never makes two names one tag.
 */
export function tagIdFor(tx: PortalTransaction, locale: NewArticle["locale"], tag: { slug: string; name: string }): number {
  const inLocale = (condition: SQL) => tx.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), condition)).get();
  const existing = inLocale(eq(tags.name, tag.name));
  if (existing) return existing.id;
  let slug = tag.slug;
  for (let n = 2; inLocale(eq(tags.slug, slug)); n++) slug = `${tag.slug}-${n}`;
  return tx.insert(tags).values({ locale, slug, name: tag.name }).returning({ id: tags.id }).get().id;
}

/** Writes one article with its tags (created when new) and authors inside the caller's transaction; returns its id. */
export function writeArticleRows(tx: PortalTransaction, { tags: tagList, authorIds, ...article }: NewArticle): number {
  const { id } = tx.insert(articles).values(article).returning({ id: articles.id }).get();
  tagList.forEach((tag, position) => {
    tx.insert(articleTags).values({ articleId: id, tagId: tagIdFor(tx, article.locale, tag), position }).onConflictDoNothing().run();
  });
  authorIds.forEach((authorId, position) => {
    tx.insert(articleAuthors).values({ articleId: id, authorId, position }).run();
  });
  return id;
}

/** One article with its tags and authors, all or nothing. */
export async function insertArticle(article: NewArticle): Promise<number> {
  return getDb().transaction((tx) => writeArticleRows(tx, article), { behavior: "immediate" });
}

export async function insertSection(row: typeof sections.$inferInsert): Promise<number> {
  const [inserted] = await getDb().insert(sections).values(row).returning({ id: sections.id });
  return inserted!.id;
}

export async function insertAuthor(row: typeof authors.$inferInsert): Promise<number> {
  const [inserted] = await getDb().insert(authors).values(row).returning({ id: authors.id });
  return inserted!.id;
}

export async function countArticles(): Promise<number> {
  return getDb().$count(articles);
}
