import { and, asc, eq, or, sql } from "drizzle-orm";
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

export async function listAuthors(): Promise<Author[]> {
  return getDb().select().from(authors).orderBy(asc(authors.name));
}

/** Tags of a locale whose name or slug starts with the typed text, for the editor's suggestions. */
export async function searchTags(locale: Tag["locale"], prefix: string, limit = 10): Promise<Tag[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return getDb()
    .select()
    .from(tags)
    .where(and(eq(tags.locale, locale), or(sql`${tags.name} like ${pattern} escape '\\'`, sql`${tags.slug} like ${pattern} escape '\\'`)))
    .orderBy(asc(tags.name))
    .limit(limit);
}
