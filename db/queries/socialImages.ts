import { and, eq, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles, media, sections } from "../schema";
import { visibleToReaders } from "./articles";

type ContentLocale = (typeof articles.$inferSelect)["locale"];

export type StoredPhoto = { fileName: string; fileHash: string };

export type SocialCardArticle = {
  id: number;
  version: number;
  locale: ContentLocale;
  headline: string;
  section: { name: string; nameEn: string };
  /** The photo the card shows: the editor's social image, else the hero; null for a headline card. */
  photo: StoredPhoto | null;
};

/** What a published story's share card is made of; undefined for a draft, a scheduled or an unpublished story. */
export async function getSocialCardArticle(id: number): Promise<SocialCardArticle | undefined> {
  const [row] = await getDb()
    .select({
      id: articles.id,
      version: articles.version,
      locale: articles.locale,
      headline: articles.headline,
      section: { name: sections.name, nameEn: sections.nameEn },
      fileName: media.fileName,
      fileHash: media.fileHash,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, sql`coalesce(${articles.socialMediaId}, ${articles.heroMediaId})`))
    .where(and(eq(articles.id, id), visibleToReaders()))
    .limit(1);
  if (!row) return undefined;
  const { fileName, fileHash, ...article } = row;
  return { ...article, photo: fileName !== null && fileHash !== null ? { fileName, fileHash } : null };
}

/**
 * A media item's stored file, only while a published story shows it as hero or share image. Media ids are
 * sequential, so without this a crawler could walk the library and find photos uploaded for stories not yet out.
 */
export async function getPublishedHeroPhoto(mediaId: number): Promise<StoredPhoto | undefined> {
  const [row] = await getDb()
    .select({ fileName: media.fileName, fileHash: media.fileHash })
    .from(media)
    .innerJoin(articles, or(eq(articles.heroMediaId, media.id), eq(articles.socialMediaId, media.id)))
    .where(and(eq(media.id, mediaId), visibleToReaders()))
    .limit(1);
  return row;
}
