import { eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/routing";
import { getDb } from "../client";
import { articles, sections } from "../schema";

/*
 * SQLite-only: FTS5 tables, bm25 and the vocabulary of migration 0003_search (docs/decisions/0007-hindi-search.md).
 * lib/search/searchArticles.ts decides what to look for; these functions only ask.
 */

// bm25 weights of search_index's columns: headline, body, headline_latin, body_latin.
const columnWeights = sql.raw("10.0, 1.0, 10.0, 1.0");

/** Whether the index holds the word itself, and longer words beginning with it. */
export async function searchVocabularyAround(word: string): Promise<{ whole: boolean; extended: boolean }> {
  const rows = await getDb().all<{ term: string }>(
    sql`SELECT term FROM search_terms WHERE term >= ${word} AND term < ${`${word}\u{10FFFF}`} ORDER BY term LIMIT 2`,
  );
  return { whole: rows[0]?.term === word, extended: rows.some((row) => row.term !== word) };
}

/** Indexed Latin skeletons sharing the most of these three-letter pieces, best first. */
export async function searchTermsSharingTrigrams(pieces: string[], limit: number): Promise<string[]> {
  const rows = await getDb().all<{ term: string }>(
    sql`SELECT term FROM search_terms_trigram WHERE search_terms_trigram MATCH ${pieces.map((piece) => `"${piece}"`).join(" OR ")}
        ORDER BY rank LIMIT ${limit}`,
  );
  return rows.map((row) => row.term);
}

export type SearchFilters = {
  locale: Locale;
  sectionSlug: string | null;
  /** Published at or after, in ms. */
  fromMs: number | null;
  /** Published before, in ms. */
  untilMs: number | null;
};

/**
 * One page of the published stories matching an FTS5 expression, best first (bm25 with the headline weighted ten
 * times the body, then the newest), among at most `rankLimit` matches taken newest first; `total` counts those.
 */
export async function rankSearchMatches(
  match: string,
  { locale, sectionSlug, fromMs, untilMs }: SearchFilters,
  { rankLimit, limit, offset }: { rankLimit: number; limit: number; offset: number },
): Promise<{ total: number; ids: number[] }> {
  const filters: SQL[] = [sql`a.status = 'published'`, sql`a.locale = ${locale}`, sql`a.published_at <= ${Date.now()}`];
  if (sectionSlug) filters.push(sql`a.section_id = (SELECT id FROM sections WHERE slug = ${sectionSlug})`);
  if (fromMs !== null) filters.push(sql`a.published_at >= ${fromMs}`);
  if (untilMs !== null) filters.push(sql`a.published_at < ${untilMs}`);
  // The index drives (CROSS JOIN fixes the join order; the planner would otherwise walk every published story and
  // search each one), is read newest-first and stops at rankLimit; the covering index answers the filters.
  const rows = await getDb().all<{ total: number; id: number | null }>(sql`
    WITH hits AS MATERIALIZED (
      SELECT f.rowid AS id, bm25(search_index, ${columnWeights}) AS score, a.published_at AS published_at
      FROM search_index AS f
      CROSS JOIN articles AS a INDEXED BY articles_search_filter_idx ON a.id = f.rowid
      WHERE search_index MATCH ${match} AND ${sql.join(filters, sql` AND `)}
      ORDER BY f.rowid DESC
      LIMIT ${rankLimit}
    )
    SELECT counted.total AS total, page.id AS id
    FROM (SELECT count(*) AS total FROM hits) AS counted
    LEFT JOIN (
      SELECT id, score, published_at FROM hits ORDER BY score, published_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}
    ) AS page
    ORDER BY page.score, page.published_at DESC, page.id DESC
  `);
  return { total: rows[0]?.total ?? 0, ids: rows.flatMap((row) => (row.id === null ? [] : [row.id])) };
}

/** What a result line shows of each story, in no particular order. */
export async function listSearchStories(ids: number[]) {
  return getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      standfirst: articles.standfirst,
      bodyText: articles.bodyText,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      sectionNameEn: sections.nameEn,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, ids));
}
