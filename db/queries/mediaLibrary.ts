import { desc, eq, or, type SQL, sql } from "drizzle-orm";
import { getDb, type PortalDatabase } from "../client";
import { articles, authors, media } from "../schema";

export type LibraryItem = Pick<
  typeof media.$inferSelect,
  "id" | "fileName" | "mimeType" | "width" | "height" | "bytes" | "alt" | "caption" | "credit" | "createdAt"
>;

const libraryColumns = {
  id: media.id,
  fileName: media.fileName,
  mimeType: media.mimeType,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  createdAt: media.createdAt,
};

function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matchingText(query: string): SQL | undefined {
  if (!query) return undefined;
  const pattern = containing(query);
  return or(sql`${media.alt} like ${pattern} escape '\\'`, sql`${media.caption} like ${pattern} escape '\\'`);
}

/** Newest first; the query matches anywhere in the alt text or caption. */
export async function searchMediaItems({ query, limit, offset }: { query: string; limit: number; offset: number }): Promise<{ items: LibraryItem[]; total: number }> {
  const where = matchingText(query);
  const [items, total] = await Promise.all([
    getDb().select(libraryColumns).from(media).where(where).orderBy(desc(media.id)).limit(limit).offset(offset),
    getDb().$count(media, where),
  ]);
  return { items, total };
}

export async function getMediaItem(id: number): Promise<LibraryItem | undefined> {
  const [item] = await getDb().select(libraryColumns).from(media).where(eq(media.id, id)).limit(1);
  return item;
}

export async function updateMediaText(id: number, text: { alt: string; caption: string; credit: string }): Promise<boolean> {
  const result = await getDb().update(media).set(text).where(eq(media.id, id));
  return result.changes > 0;
}

export type MediaUsage = {
  articles: { id: number; headline: string; locale: "hi" | "en"; hero: boolean; social: boolean; body: boolean }[];
  authors: { id: number; name: string }[];
};

type Reader = Pick<PortalDatabase, "select">;

/** SQLite's json_each: finds image blocks of the stored body document that show the media item. */
function bodyShows(id: number): SQL {
  return sql`exists (select 1 from json_each(${articles.body}, '$.blocks') as block
    where json_extract(block.value, '$.type') = 'image' and json_extract(block.value, '$.mediaId') = ${id})`;
}

function articlesUsing(db: Reader, id: number) {
  return db
    .select({
      id: articles.id,
      headline: articles.headline,
      locale: articles.locale,
      hero: sql<boolean>`${articles.heroMediaId} is ${id}`.mapWith(Boolean),
      social: sql<boolean>`${articles.socialMediaId} is ${id}`.mapWith(Boolean),
      body: sql<boolean>`${bodyShows(id)}`.mapWith(Boolean),
    })
    .from(articles)
    .where(or(eq(articles.heroMediaId, id), eq(articles.socialMediaId, id), bodyShows(id)))
    .orderBy(desc(articles.id));
}

function authorsUsing(db: Reader, id: number) {
  return db.select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.photoMediaId, id));
}

/** Where a media item appears: as hero, social image or body image of articles, and as author photo. */
export async function findMediaUsage(id: number): Promise<MediaUsage> {
  const [usedByArticles, usedByAuthors] = await Promise.all([articlesUsing(getDb(), id), authorsUsing(getDb(), id)]);
  return { articles: usedByArticles, authors: usedByAuthors };
}

export type MediaDeletion =
  | { status: "deleted"; fileName: string; fileStillNamed: boolean }
  | { status: "inUse"; usage: MediaUsage }
  | { status: "notFound" };

/**
 * Deletes a media row that nothing shows, checking usage and deleting in one transaction so that no article can
 * start using it in between. Whether another row still names the same file (identical bytes uploaded twice)
 * decides whether the caller may remove the file.
 */
export async function deleteUnusedMedia(id: number): Promise<MediaDeletion> {
  return getDb().transaction(
    (tx): MediaDeletion => {
      const row = tx.select({ fileName: media.fileName }).from(media).where(eq(media.id, id)).get();
      if (!row) return { status: "notFound" };
      const usage = { articles: articlesUsing(tx, id).all(), authors: authorsUsing(tx, id).all() };
      if (usage.articles.length > 0 || usage.authors.length > 0) return { status: "inUse", usage };
      tx.delete(media).where(eq(media.id, id)).run();
      const sameFile = tx.select({ id: media.id }).from(media).where(eq(media.fileName, row.fileName)).limit(1).get();
      return { status: "deleted", fileName: row.fileName, fileStillNamed: sameFile !== undefined };
    },
    { behavior: "immediate" },
  );
}
