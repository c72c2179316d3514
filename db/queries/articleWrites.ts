import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articles, articleTags, authors, sections, tags } from "../schema";

export type NewArticle = Omit<typeof articles.$inferInsert, "id"> & {
  tags: { slug: string; name: string }[];
  authorIds: number[];
};

/** One article with its tags (created when new) and authors, all or nothing. */
export async function insertArticle({ tags: tagList, authorIds, ...article }: NewArticle): Promise<number> {
  return getDb().transaction((tx) => {
    const { id } = tx.insert(articles).values(article).returning({ id: articles.id }).get();
    tagList.forEach((tag, position) => {
      tx.insert(tags).values({ locale: article.locale, slug: tag.slug, name: tag.name }).onConflictDoNothing().run();
      const { id: tagId } = tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(eq(tags.locale, article.locale), eq(tags.slug, tag.slug)))
        .get()!;
      tx.insert(articleTags).values({ articleId: id, tagId, position }).onConflictDoNothing().run();
    });
    authorIds.forEach((authorId, position) => {
      tx.insert(articleAuthors).values({ articleId: id, authorId, position }).run();
    });
    return id;
  }, { behavior: "immediate" });
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
