import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { articles, sections } from "../schema";

type ContentLocale = (typeof articles.$inferSelect)["locale"];

/** What the proxy needs to answer an article URL before the page renders: its canonical place, its status and its age. */
export type ArticleFreshness = {
  id: number;
  locale: ContentLocale;
  slug: string;
  sectionSlug: string;
  status: (typeof articles.$inferSelect)["status"];
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
};

/** One row by primary key (and its section by primary key): cheap enough to run in front of every article request. */
export async function getArticleFreshness(id: number): Promise<ArticleFreshness | undefined> {
  const [row] = await getDb()
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      sectionSlug: sections.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      version: articles.version,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .limit(1);
  return row;
}
