import { eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { media } from "../schema";

export type NewMedia = typeof media.$inferInsert;

export async function insertMedia(row: NewMedia): Promise<number> {
  const [inserted] = await getDb().insert(media).values(row).returning({ id: media.id });
  return inserted!.id;
}

export async function getMediaFile(fileName: string): Promise<{ fileName: string; mimeType: string } | undefined> {
  const [row] = await getDb()
    .select({ fileName: media.fileName, mimeType: media.mimeType })
    .from(media)
    .where(eq(media.fileName, fileName))
    .limit(1);
  return row;
}

export type MediaSummary = { id: number; fileName: string; width: number; height: number; alt: string };

export async function listMediaByIds(ids: number[]): Promise<MediaSummary[]> {
  if (ids.length === 0) return [];
  return getDb()
    .select({ id: media.id, fileName: media.fileName, width: media.width, height: media.height, alt: media.alt })
    .from(media)
    .where(inArray(media.id, ids));
}
