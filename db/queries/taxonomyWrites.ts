import { and, asc, count, eq, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articleTags, authors, media, sections, tags } from "../schema";
import { insertAuthor } from "./articleWrites";
import type { Section } from "./sections";
import type { Author, Tag } from "./taxonomy";

/** The desk's management of sections, tags and authors: the writes, and the lists and records they work on. */

/** A value that must be unique (a slug, a tag name) is already taken. */
export class DuplicateValueError extends Error {
  constructor(readonly field: "slug" | "name") {
    super(`duplicate ${field}`);
  }
}

function uniqueViolation(error: unknown): "slug" | "name" | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const match = /UNIQUE constraint failed: (.+)$/.exec(cause.message);
    if (match) return /\.name\b/.test(match[1]!) ? "name" : "slug";
  }
  return null;
}

/** Answers a unique-constraint violation with a DuplicateValueError instead of a database error. */
async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const field = uniqueViolation(error);
    if (field) throw new DuplicateValueError(field);
    throw error;
  }
}

function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Sections

export type SectionFields = Pick<Section, "slug" | "name" | "nameEn" | "description" | "descriptionEn">;

export async function getSectionById(id: number): Promise<Section | undefined> {
  const [section] = await getDb().select().from(sections).where(eq(sections.id, id)).limit(1);
  return section;
}

/** A new section goes to the end of the navigation. */
export async function createSection(fields: SectionFields): Promise<number> {
  return guardUnique(async () => {
    const [row] = await getDb()
      .insert(sections)
      .values({ ...fields, position: sql`(select coalesce(max(${sections.position}), -1) + 1 from ${sections})` })
      .returning({ id: sections.id });
    return row!.id;
  });
}

export async function updateSection(id: number, fields: SectionFields): Promise<boolean> {
  return guardUnique(async () => (await getDb().update(sections).set(fields).where(eq(sections.id, id))).changes > 0);
}

/** Swaps a section with its neighbour and renumbers all positions 0…n-1, so ties left by older data disappear. */
export async function moveSection(id: number, direction: "up" | "down"): Promise<boolean> {
  return getDb().transaction(
    (tx) => {
      const ordered = tx.select({ id: sections.id }).from(sections).orderBy(asc(sections.position), asc(sections.id)).all();
      const from = ordered.findIndex((section) => section.id === id);
      const to = direction === "up" ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= ordered.length) return false;
      [ordered[from], ordered[to]] = [ordered[to]!, ordered[from]!];
      ordered.forEach((section, position) => {
        tx.update(sections).set({ position }).where(eq(sections.id, section.id)).run();
      });
      return true;
    },
    { behavior: "immediate" },
  );
}

// Tags

export type TagWithCount = Pick<Tag, "id" | "locale" | "slug" | "name"> & { articleCount: number };

/** A locale's tags, alphabetically, with how many articles carry each; the query matches name or slug. */
export async function listTagsWithCounts({
  locale,
  query,
  limit,
  offset,
}: {
  locale: Tag["locale"];
  query: string;
  limit: number;
  offset: number;
}): Promise<{ items: TagWithCount[]; total: number }> {
  const conditions: SQL[] = [eq(tags.locale, locale)];
  if (query) {
    const pattern = containing(query);
    conditions.push(or(sql`${tags.name} like ${pattern} escape '\\'`, sql`${tags.slug} like ${pattern} escape '\\'`)!);
  }
  const where = and(...conditions);
  const [items, total] = await Promise.all([
    getDb()
      .select({ id: tags.id, locale: tags.locale, slug: tags.slug, name: tags.name, articleCount: count(articleTags.articleId) })
      .from(tags)
      .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
      .where(where)
      .groupBy(tags.id)
      .orderBy(asc(tags.name))
      .limit(limit)
      .offset(offset),
    getDb().$count(tags, where),
  ]);
  return { items, total };
}

export async function getTagById(id: number): Promise<Tag | undefined> {
  const [tag] = await getDb().select().from(tags).where(eq(tags.id, id)).limit(1);
  return tag;
}

export async function countArticlesWithTag(tagId: number): Promise<number> {
  return getDb().$count(articleTags, eq(articleTags.tagId, tagId));
}

/** The tag of a locale with this slug, else with exactly this name. */
export async function findTagBySlugOrName(locale: Tag["locale"], text: string): Promise<Tag | undefined> {
  const matches = await getDb()
    .select()
    .from(tags)
    .where(and(eq(tags.locale, locale), or(eq(tags.slug, text), eq(tags.name, text))));
  return matches.find((tag) => tag.slug === text) ?? matches[0];
}

export async function createTag(fields: Pick<Tag, "locale" | "slug" | "name">): Promise<number> {
  return guardUnique(async () => {
    const [row] = await getDb().insert(tags).values(fields).returning({ id: tags.id });
    return row!.id;
  });
}

export async function updateTag(id: number, fields: Pick<Tag, "slug" | "name">): Promise<boolean> {
  return guardUnique(async () => (await getDb().update(tags).set(fields).where(eq(tags.id, id))).changes > 0);
}

export type TagMerge =
  | { status: "merged"; from: Tag; into: Tag; movedLinks: number }
  | { status: "notFound" }
  | { status: "sameTag" }
  | { status: "otherLocale" };

/**
 * Moves every article of tag `fromId` to tag `intoId` and deletes `fromId`, all or nothing. An article that
 * already carries both keeps its one link to `intoId`.
 */
export async function mergeTags(fromId: number, intoId: number): Promise<TagMerge> {
  if (fromId === intoId) return { status: "sameTag" };
  return getDb().transaction(
    (tx): TagMerge => {
      const from = tx.select().from(tags).where(eq(tags.id, fromId)).get();
      const into = tx.select().from(tags).where(eq(tags.id, intoId)).get();
      if (!from || !into) return { status: "notFound" };
      if (from.locale !== into.locale) return { status: "otherLocale" };
      const moved = tx
        .insert(articleTags)
        .select(
          tx
            .select({ articleId: articleTags.articleId, tagId: sql<number>`${intoId}`.as("tag_id"), position: articleTags.position })
            .from(articleTags)
            .where(eq(articleTags.tagId, fromId)),
        )
        .onConflictDoNothing()
        .run();
      // The links of `fromId` go with it (ON DELETE CASCADE).
      tx.delete(tags).where(eq(tags.id, fromId)).run();
      return { status: "merged", from, into, movedLinks: moved.changes };
    },
    { behavior: "immediate" },
  );
}

// Authors

export type AuthorFields = Pick<Author, "slug" | "name" | "nameEn" | "bio" | "bioEn" | "photoMediaId">;
export type AuthorListing = Pick<Author, "id" | "slug" | "name" | "nameEn"> & {
  photo: { fileName: string; width: number; height: number; alt: string } | null;
  articleCount: number;
};

export async function listAuthorsForDesk(): Promise<AuthorListing[]> {
  const rows = await getDb()
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      nameEn: authors.nameEn,
      fileName: media.fileName,
      width: media.width,
      height: media.height,
      alt: media.alt,
      articleCount: count(articleAuthors.articleId),
    })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.photoMediaId))
    .leftJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .groupBy(authors.id)
    .orderBy(asc(authors.name));
  return rows.map(({ fileName, width, height, alt, ...author }) => ({
    ...author,
    photo: fileName === null ? null : { fileName, width: width!, height: height!, alt: alt! },
  }));
}

export async function getAuthorById(id: number): Promise<Author | undefined> {
  const [author] = await getDb().select().from(authors).where(eq(authors.id, id)).limit(1);
  return author;
}

export async function createAuthor(fields: AuthorFields): Promise<number> {
  return guardUnique(() => insertAuthor(fields));
}

export async function updateAuthor(id: number, fields: AuthorFields): Promise<boolean> {
  return guardUnique(async () => (await getDb().update(authors).set(fields).where(eq(authors.id, id))).changes > 0);
}
