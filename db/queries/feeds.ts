import { and, asc, desc, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articleAuthors, articles, articleTags, authors, media, sections, tags } from "../schema";
import { visibleToReaders } from "./articles";

type ContentLocale = (typeof articles.$inferSelect)["locale"];

/** When a story last changed for a reader: its publication, or a later edit. */
const lastChanged = sql<number>`max(${articles.publishedAt}, ${articles.updatedAt})`;
const publicationMonth = sql<string>`strftime('%Y-%m', ${articles.publishedAt} / 1000, 'unixepoch')`;
/** Translations point at their original, so an original and its translations share this key. */
const translationGroup = sql<number>`coalesce(${articles.translationOfId}, ${articles.id})`;

const toDate = (ms: number | null): Date | null => (ms === null ? null : new Date(Number(ms)));

export type ArticleSitemapPart = { month: string; part: number; urls: number; lastModified: Date };

/**
 * The article sitemaps there are: one per month of publication (UTC), split into parts of at most `perPart` URLs,
 * oldest first, each with the newest change among its stories.
 */
export async function listArticleSitemapParts(perPart: number, now = new Date()): Promise<ArticleSitemapPart[]> {
  const dated = getDb()
    .select({
      month: publicationMonth.as("month"),
      part: sql<number>`(row_number() over (partition by ${publicationMonth} order by ${articles.publishedAt}, ${articles.id}) - 1) / cast(${perPart} as integer)`.as("part"),
      lastChanged: lastChanged.as("last_changed"),
    })
    .from(articles)
    .where(visibleToReaders(now))
    .as("dated");
  const rows = await getDb()
    .select({ month: dated.month, part: dated.part, urls: sql<number>`count(*)`, lastChanged: sql<number>`max(${dated.lastChanged})` })
    .from(dated)
    .groupBy(sql`${dated.month}`, sql`${dated.part}`)
    .orderBy(sql`${dated.month}`, sql`${dated.part}`);
  return rows.map((row) => ({ month: row.month, part: Number(row.part), urls: Number(row.urls), lastModified: toDate(row.lastChanged)! }));
}

export type ArticleLink = { id: number; locale: ContentLocale; slug: string; sectionSlug: string };
export type SitemapArticle = ArticleLink & { lastModified: Date; translation: ArticleLink | null };

/** The stories of one article sitemap part (see listArticleSitemapParts), each with its published translation if any. */
export async function listSitemapArticles(month: string, part: number, perPart: number, now = new Date()): Promise<SitemapArticle[]> {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const rows = await getDb()
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      sectionSlug: sections.slug,
      lastChanged,
      group: translationGroup,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        visibleToReaders(now),
        gte(articles.publishedAt, new Date(Date.UTC(year, monthNumber - 1, 1))),
        lt(articles.publishedAt, new Date(Date.UTC(year, monthNumber, 1))),
      ),
    )
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(perPart)
    .offset(part * perPart);
  const translations = await listTranslations(rows, now);
  return rows.map(({ lastChanged: changed, group, ...link }) => ({
    ...link,
    lastModified: toDate(changed)!,
    translation: translations.get(`${group}:${link.locale === "hi" ? "en" : "hi"}`) ?? null,
  }));
}

/** Published stories of the translation groups given, keyed "group:locale" (the lowest id where a group has two). */
async function listTranslations(rows: { group: number }[], now: Date): Promise<Map<string, ArticleLink>> {
  if (rows.length === 0) return new Map();
  const found = await getDb()
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, sectionSlug: sections.slug, group: translationGroup })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(visibleToReaders(now), inArray(translationGroup, [...new Set(rows.map((row) => row.group))])))
    .orderBy(desc(articles.id));
  // Newest first, so the lowest id of a group and locale is set last and stays.
  return new Map(found.map(({ group, ...link }) => [`${group}:${link.locale}`, link]));
}

export type ListActivity = { locale: ContentLocale; lastModified: Date };

/** The newest change among each section's stories, per language; sections without stories are absent. */
export async function listSectionActivity(now = new Date()): Promise<(ListActivity & { sectionId: number })[]> {
  const rows = await getDb()
    .select({ sectionId: articles.sectionId, locale: articles.locale, lastChanged: sql<number>`max(${lastChanged})` })
    .from(articles)
    .where(visibleToReaders(now))
    .groupBy(articles.sectionId, articles.locale);
  return rows.map((row) => ({ sectionId: row.sectionId, locale: row.locale, lastModified: toDate(row.lastChanged)! }));
}

/** Tags that list at least one story, with the newest change among their stories. */
export async function listTagActivity(now = new Date()): Promise<(ListActivity & { slug: string })[]> {
  const rows = await getDb()
    .select({ slug: tags.slug, locale: tags.locale, lastChanged: sql<number>`max(${lastChanged})` })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(visibleToReaders(now))
    .groupBy(tags.id)
    .orderBy(asc(tags.locale), asc(tags.slug));
  return rows.map((row) => ({ slug: row.slug, locale: row.locale, lastModified: toDate(row.lastChanged)! }));
}

/** Authors with at least one story, with the newest change among their stories per language. */
export async function listAuthorActivity(now = new Date()): Promise<(ListActivity & { slug: string })[]> {
  const rows = await getDb()
    .select({ slug: authors.slug, locale: articles.locale, lastChanged: sql<number>`max(${lastChanged})` })
    .from(authors)
    .innerJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(visibleToReaders(now))
    .groupBy(authors.id, articles.locale)
    .orderBy(asc(authors.slug), asc(articles.locale));
  return rows.map((row) => ({ slug: row.slug, locale: row.locale, lastModified: toDate(row.lastChanged)! }));
}

/**
 * The last moment a feed over these stories could have changed: a publication or edit of a story it shows, or the
 * unpublishing of one it showed. A conditional request compares against this, so a withdrawn story is never
 * answered with "not modified".
 */
export async function lastArticleChange(scope: { locale?: ContentLocale; sectionId?: number } = {}, now = new Date()): Promise<Date | null> {
  const filters: (SQL | undefined)[] = [or(visibleToReaders(now), eq(articles.status, "unpublished"))];
  if (scope.locale) filters.push(eq(articles.locale, scope.locale));
  if (scope.sectionId !== undefined) filters.push(eq(articles.sectionId, scope.sectionId));
  const [row] = await getDb()
    .select({ lastChanged: sql<number | null>`max(${lastChanged})` })
    .from(articles)
    .where(and(...filters));
  return toDate(row?.lastChanged ?? null);
}

export type NewsArticle = ArticleLink & { headline: string; publishedAt: Date };

/** Stories published since `since`, newest first: the Google News sitemap. */
export async function listNewsArticles(since: Date, limit: number, now = new Date()): Promise<NewsArticle[]> {
  const rows = await getDb()
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      sectionSlug: sections.slug,
      headline: articles.headline,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(visibleToReaders(now), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

/** The publication time of the newest story published before `since`: the last one to have left a window starting there. */
export async function newestPublicationBefore(since: Date, now = new Date()): Promise<Date | null> {
  const [row] = await getDb()
    .select({ publishedAt: sql<number | null>`max(${articles.publishedAt})` })
    .from(articles)
    .where(and(visibleToReaders(now), lt(articles.publishedAt, since)));
  return toDate(row?.publishedAt ?? null);
}

export type FeedMedia = { id: number; fileName: string; mimeType: string; bytes: number; width: number; height: number; alt: string };

export type FeedArticle = {
  id: number;
  locale: ContentLocale;
  slug: string;
  headline: string;
  standfirst: string;
  body: unknown;
  bodyText: string;
  agency: string | null;
  bylineText: string | null;
  publishedAt: Date;
  lastModified: Date;
  section: { slug: string; name: string; nameEn: string };
  hero: FeedMedia | null;
  authors: { name: string; nameEn: string }[];
  tags: string[];
};

/** The newest `limit` stories of a language, or of one section in it, with everything an RSS item carries. */
export async function listFeedArticles(locale: ContentLocale, sectionId: number | null, limit: number, now = new Date()): Promise<FeedArticle[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      headline: articles.headline,
      standfirst: articles.standfirst,
      body: articles.body,
      bodyText: articles.bodyText,
      agency: articles.agency,
      bylineText: articles.bylineText,
      publishedAt: articles.publishedAt,
      lastChanged,
      section: { slug: sections.slug, name: sections.name, nameEn: sections.nameEn },
      heroId: media.id,
      heroFileName: media.fileName,
      heroMimeType: media.mimeType,
      heroBytes: media.bytes,
      heroWidth: media.width,
      heroHeight: media.height,
      heroAlt: media.alt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(and(visibleToReaders(now), eq(articles.locale, locale), sectionId === null ? undefined : eq(articles.sectionId, sectionId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ articleId: articleAuthors.articleId, name: authors.name, nameEn: authors.nameEn })
      .from(articleAuthors)
      .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
      .where(inArray(articleAuthors.articleId, ids))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ articleId: articleTags.articleId, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, ids))
      .orderBy(asc(articleTags.position)),
  ]);
  return rows.map(({ heroId, heroFileName, heroMimeType, heroBytes, heroWidth, heroHeight, heroAlt, lastChanged: changed, publishedAt, ...row }) => ({
    ...row,
    publishedAt: publishedAt!,
    lastModified: toDate(changed)!,
    hero:
      heroId === null
        ? null
        : { id: heroId, fileName: heroFileName!, mimeType: heroMimeType!, bytes: heroBytes!, width: heroWidth!, height: heroHeight!, alt: heroAlt! },
    authors: authorRows.filter((a) => a.articleId === row.id).map(({ name, nameEn }) => ({ name, nameEn })),
    tags: tagRows.filter((t) => t.articleId === row.id).map((t) => t.name),
  }));
}
