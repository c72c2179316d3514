import { and, asc, count, desc, eq, inArray, lte, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../client";
import { articleAuthors, articles, articleTags, authors, media, sections, tags } from "../schema";

type ContentLocale = (typeof articles.$inferSelect)["locale"];

export type MediaRef = { id: number; fileName: string; width: number; height: number; alt: string; caption: string; credit: string };
export type SectionRef = { id: number; slug: string; name: string; nameEn: string };

export type ArticleSummary = {
  id: number;
  locale: ContentLocale;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  section: SectionRef;
  hero: MediaRef | null;
};

export type Page<T> = { items: T[]; total: number };
export type Window = { limit: number; offset?: number };

const summaryColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  section: { id: sections.id, slug: sections.slug, name: sections.name, nameEn: sections.nameEn },
  heroId: media.id,
  heroFileName: media.fileName,
  heroWidth: media.width,
  heroHeight: media.height,
  heroAlt: media.alt,
  heroCaption: media.caption,
  heroCredit: media.credit,
};

type SummaryRow = { id: number; locale: ContentLocale; slug: string; headline: string; standfirst: string; publishedAt: Date | null; updatedAt: Date; section: SectionRef; heroId: number | null; heroFileName: string | null; heroWidth: number | null; heroHeight: number | null; heroAlt: string | null; heroCaption: string | null; heroCredit: string | null };

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    section: row.section,
    hero:
      row.heroId === null
        ? null
        : {
            id: row.heroId,
            fileName: row.heroFileName!,
            width: row.heroWidth!,
            height: row.heroHeight!,
            alt: row.heroAlt!,
            caption: row.heroCaption!,
            credit: row.heroCredit!,
          },
  };
}

/** Readers see an article once it is published and its publication time has come. */
export function visibleToReaders(now = new Date()) {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, now));
}

const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

function summaries() {
  return getDb()
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId));
}

export async function listLatest(locale: ContentLocale, { limit, offset = 0 }: Window): Promise<ArticleSummary[]> {
  const rows = await summaries()
    .where(and(visibleToReaders(), eq(articles.locale, locale)))
    .orderBy(...newestFirst)
    .limit(limit)
    .offset(offset);
  return rows.map(toSummary);
}

/** The newest stories of every section at once, `perSection` each, for the home page rails. */
export async function listSectionRails(locale: ContentLocale, perSection: number): Promise<Map<number, ArticleSummary[]>> {
  const ranked = getDb()
    .select({
      id: articles.id,
      rank: sql<number>`row_number() over (partition by ${articles.sectionId} order by ${articles.publishedAt} desc, ${articles.id} desc)`.as("rank"),
    })
    .from(articles)
    .where(and(visibleToReaders(), eq(articles.locale, locale)))
    .as("ranked");
  const rows = await summaries()
    .innerJoin(ranked, eq(ranked.id, articles.id))
    .where(lte(ranked.rank, perSection))
    .orderBy(...newestFirst);
  const rails = new Map<number, ArticleSummary[]>();
  for (const row of rows.map(toSummary)) {
    rails.set(row.section.id, [...(rails.get(row.section.id) ?? []), row]);
  }
  return rails;
}

async function pageOf(where: ReturnType<typeof and>, { limit, offset = 0 }: Window): Promise<Page<ArticleSummary>> {
  const [rows, total] = await Promise.all([
    summaries().where(where).orderBy(...newestFirst).limit(limit).offset(offset),
    getDb().$count(articles, where),
  ]);
  return { items: rows.map(toSummary), total };
}

export async function listSection(locale: ContentLocale, sectionId: number, window: Window): Promise<Page<ArticleSummary>> {
  return pageOf(and(visibleToReaders(), eq(articles.locale, locale), eq(articles.sectionId, sectionId)), window);
}

export async function listTag(tagId: number, window: Window): Promise<Page<ArticleSummary>> {
  const tagged = getDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  return pageOf(and(visibleToReaders(), inArray(articles.id, tagged)), window);
}

export async function listAuthor(locale: ContentLocale, authorId: number, window: Window): Promise<Page<ArticleSummary>> {
  const written = getDb().select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, authorId));
  return pageOf(and(visibleToReaders(), eq(articles.locale, locale), inArray(articles.id, written)), window);
}

export type ArticleTag = { id: number; slug: string; name: string };
export type ArticleAuthor = { id: number; slug: string; name: string; nameEn: string };

export type PublishedArticle = ArticleSummary & {
  body: unknown;
  bodyText: string;
  dateline: { place: string; day: number | null; month: number | null; year: number | null } | null;
  agency: string | null;
  bylineText: string | null;
  authors: ArticleAuthor[];
  tags: ArticleTag[];
  translation: { id: number; locale: ContentLocale; slug: string; sectionSlug: string } | null;
  metaTitle: string | null;
  metaDescription: string | null;
  /** Bumped on every publish: part of the share image's URL. */
  version: number;
};

export async function getPublishedArticle(id: number): Promise<PublishedArticle | undefined> {
  const db = getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      body: articles.body,
      bodyText: articles.bodyText,
      datelinePlace: articles.datelinePlace,
      datelineDay: articles.datelineDay,
      datelineMonth: articles.datelineMonth,
      datelineYear: articles.datelineYear,
      agency: articles.agency,
      bylineText: articles.bylineText,
      translationOfId: articles.translationOfId,
      metaTitle: articles.metaTitle,
      metaDescription: articles.metaDescription,
      version: articles.version,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(and(eq(articles.id, id), visibleToReaders()))
    .limit(1);
  if (!row) return undefined;

  const [authorRows, tagRows, translation] = await Promise.all([
    db
      .select({ id: authors.id, slug: authors.slug, name: authors.name, nameEn: authors.nameEn })
      .from(articleAuthors)
      .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(articleTags.position)),
    findTranslation(id, row.locale, row.translationOfId),
  ]);

  return {
    ...toSummary(row),
    body: row.body,
    bodyText: row.bodyText,
    dateline: row.datelinePlace
      ? { place: row.datelinePlace, day: row.datelineDay, month: row.datelineMonth, year: row.datelineYear }
      : null,
    agency: row.agency,
    bylineText: row.bylineText,
    authors: authorRows,
    tags: tagRows,
    translation: translation ?? null,
    metaTitle: row.metaTitle,
    metaDescription: row.metaDescription,
    version: row.version,
  };
}

/** Translations point at their original; an article's translation is whichever published article the link joins it to. */
async function findTranslation(id: number, locale: ContentLocale, translationOfId: number | null) {
  const other = alias(articles, "other");
  const [row] = await getDb()
    .select({ id: other.id, locale: other.locale, slug: other.slug, sectionSlug: sections.slug })
    .from(other)
    .innerJoin(sections, eq(sections.id, other.sectionId))
    .where(
      and(
        ne(other.locale, locale),
        eq(other.status, "published"),
        lte(other.publishedAt, new Date()),
        translationOfId === null
          ? eq(other.translationOfId, id)
          : or(eq(other.id, translationOfId), eq(other.translationOfId, translationOfId)),
      ),
    )
    .limit(1);
  return row;
}

/** Stories that share the most tags with this one, then the newest of its section. */
export async function listRelated(article: { id: number; locale: ContentLocale; section: { id: number } }, limit: number): Promise<ArticleSummary[]> {
  const shared = getDb()
    .select({ articleId: articleTags.articleId, shared: count().as("shared") })
    .from(articleTags)
    .where(inArray(articleTags.tagId, getDb().select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, article.id))))
    .groupBy(articleTags.articleId)
    .as("shared");
  const rows = await summaries()
    .leftJoin(shared, eq(shared.articleId, articles.id))
    .where(
      and(
        visibleToReaders(),
        eq(articles.locale, article.locale),
        ne(articles.id, article.id),
        or(sql`${shared.shared} > 0`, eq(articles.sectionId, article.section.id)),
      ),
    )
    .orderBy(desc(sql`coalesce(${shared.shared}, 0)`), ...newestFirst)
    .limit(limit);
  return rows.map(toSummary);
}
