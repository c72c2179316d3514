import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { sections } from "../schema";

export type Section = typeof sections.$inferSelect;

export async function listSections(): Promise<Section[]> {
  return getDb().select().from(sections).orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionBySlug(slug: string): Promise<Section | undefined> {
  const [section] = await getDb().select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return section;
}
