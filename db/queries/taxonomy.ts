import { and, eq } from "drizzle-orm";
import { getDb } from "../client";
import { authors, tags } from "../schema";

export type Tag = typeof tags.$inferSelect;
export type Author = typeof authors.$inferSelect;

export async function getTagBySlug(locale: Tag["locale"], slug: string): Promise<Tag | undefined> {
  const [tag] = await getDb()
    .select()
    .from(tags)
    .where(and(eq(tags.locale, locale), eq(tags.slug, slug)))
    .limit(1);
  return tag;
}

export async function getAuthorBySlug(slug: string): Promise<Author | undefined> {
  const [author] = await getDb().select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return author;
}
