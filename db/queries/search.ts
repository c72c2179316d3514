import { eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Locale } from "@/i18n/routing";
import { articlePath } from "@/lib/routes";
import { closestWords, minCorrectableLength, trigrams } from "@/lib/search/closestWords";
import { istDayEnd, istDayStart } from "@/lib/search/istDays";
import { matchExpression, type ResolvedWord } from "@/lib/search/matchExpression";
import { type QueryWord, queryWords } from "@/lib/search/queryWords";
import type { SearchRequest } from "@/lib/search/searchRequest";
import { findSnippet, leadSnippet, type SnippetPart } from "@/lib/search/snippet";
import { wordMatcher } from "@/lib/search/wordMatcher";
import { listPageSize } from "@/lib/site";
import { getDb } from "../client";
import { articles, sections } from "../schema";

export type { SnippetPart } from "@/lib/search/snippet";
export type SearchHit = {
  id: number;
  url: string;
  headline: string;
  snippet: SnippetPart[];
  publishedAt: Date;
  section: { slug: string; name: string };
};
export type SearchResults = {
  query: string;
  total: number;
  /** True when more stories match than are ranked (`rankedMatches`): `total` is then a lower bound. */
  totalIsLowerBound: boolean;
  page: number;
  pageSize: number;
  results: SearchHit[];
};

/*
 * SQLite-only: FTS5 tables, bm25 and the vocabulary of migration 0003_search (docs/decisions/0007-hindi-search.md).
 */

/**
 * At most this many matching stories, the newest by id, are ranked and counted. Ranking every match of a word in
 * half of 100,000 stories costs over 100 ms; walking the index newest-first and stopping here keeps any query
 * within a few milliseconds, and no reader pages past a hundred pages of results.
 */
export const rankedMatches = 1000;
// bm25 weights of search_index's columns: headline, body, headline_latin, body_latin.
const columnWeights = sql.raw("10.0, 1.0, 10.0, 1.0");
// Prefix matching of shorter words (के*, में*) would gather most of the index for little use.
const minPrefixLength = 4;
const similarCandidates = 40;

const prefixable = (word: string) => Array.from(word).length >= minPrefixLength;

/** Whether the index holds the word itself, and longer words beginning with it. */
async function vocabularyAround(word: string): Promise<{ whole: boolean; extended: boolean }> {
  const rows = await getDb().all<{ term: string }>(
    sql`SELECT term FROM search_terms WHERE term >= ${word} AND term < ${`${word}\u{10FFFF}`} ORDER BY term LIMIT 2`,
  );
  return { whole: rows[0]?.term === word, extended: rows.some((row) => row.term !== word) };
}

/** Indexed Latin skeletons within a letter or two of one the index does not hold: the reader's misspelling. */
async function similarSkeletons(skeleton: string): Promise<string[]> {
  if (skeleton.length < minCorrectableLength) return [];
  const pieces = trigrams(skeleton).map((piece) => `"${piece}"`);
  const rows = await getDb().all<{ term: string }>(
    sql`SELECT term FROM search_terms_trigram WHERE search_terms_trigram MATCH ${pieces.join(" OR ")}
        ORDER BY rank LIMIT ${similarCandidates}`,
  );
  return closestWords(skeleton, rows.map((row) => row.term));
}

async function resolveLatin(skeleton: string): Promise<Pick<ResolvedWord, "latin" | "latinPrefix">> {
  const around = await vocabularyAround(skeleton);
  const similar = around.whole || around.extended ? [] : await similarSkeletons(skeleton);
  return { latin: [skeleton, ...similar], latinPrefix: around.extended && prefixable(skeleton) ? skeleton : null };
}

/**
 * Devanagari words are looked for in the folded text; one the index does not know (पुटिन, a misspelling) is looked
 * for by its Latin skeleton instead, which forgives short/long vowels, dental/retroflex and sibilant confusions.
 * Latin words are looked for in both the folded text (English words, names in Latin letters) and as skeletons.
 */
async function resolveWord(word: QueryWord): Promise<ResolvedWord> {
  const around = await vocabularyAround(word.folded);
  const folded = { folded: [word.folded], foldedPrefix: around.extended && prefixable(word.folded) ? word.folded : null };
  const known = around.whole || around.extended;
  if (word.skeleton === null || (word.devanagari && known)) return { ...folded, latin: [], latinPrefix: null };
  return { ...(word.devanagari ? { folded: [], foldedPrefix: null } : folded), ...(await resolveLatin(word.skeleton)) };
}

type RankedPage = { total: number; ids: number[] };

async function rankedPage(
  match: string,
  { locale, sectionSlug, from, to, limit, offset }: { locale: Locale; sectionSlug: string | null; from: string | null; to: string | null; limit: number; offset: number },
): Promise<RankedPage> {
  const filters: SQL[] = [sql`a.status = 'published'`, sql`a.locale = ${locale}`, sql`a.published_at <= ${Date.now()}`];
  if (sectionSlug) filters.push(sql`a.section_id = (SELECT id FROM sections WHERE slug = ${sectionSlug})`);
  if (from) filters.push(sql`a.published_at >= ${istDayStart(from).getTime()}`);
  if (to) filters.push(sql`a.published_at < ${istDayEnd(to).getTime()}`);
  // The index drives (CROSS JOIN fixes the join order; the planner would otherwise walk every published story and
  // search each one), is read newest-first and stops at rankedMatches; the covering index answers the filters.
  const rows = await getDb().all<{ total: number; id: number | null }>(sql`
    WITH hits AS MATERIALIZED (
      SELECT f.rowid AS id, bm25(search_index, ${columnWeights}) AS score, a.published_at AS published_at
      FROM search_index AS f
      CROSS JOIN articles AS a INDEXED BY articles_search_filter_idx ON a.id = f.rowid
      WHERE search_index MATCH ${match} AND ${sql.join(filters, sql` AND `)}
      ORDER BY f.rowid DESC
      LIMIT ${rankedMatches}
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

function snippetOf(story: { standfirst: string; bodyText: string }, isMatch: (word: string) => boolean): SnippetPart[] {
  return (
    findSnippet(story.bodyText, isMatch) ??
    findSnippet(story.standfirst, isMatch) ??
    leadSnippet(story.bodyText || story.standfirst, isMatch)
  );
}

/**
 * Published stories of one locale that contain every word of the query, in Devanagari or in Latin letters, best
 * first: bm25 with the headline weighted ten times the body, then the newest. An empty query finds nothing.
 */
export async function searchArticles(
  request: SearchRequest & { locale: Locale; pageSize?: number },
): Promise<SearchResults> {
  const { query, page, locale, pageSize = listPageSize() } = request;
  const none: SearchResults = { query, total: 0, totalIsLowerBound: false, page, pageSize, results: [] };
  const words = await Promise.all(queryWords(query).map(resolveWord));
  const match = matchExpression(words);
  if (match === null) return none;

  const { total, ids } = await rankedPage(match, { ...request, limit: pageSize, offset: (page - 1) * pageSize });
  const found = { ...none, total, totalIsLowerBound: total === rankedMatches };
  if (ids.length === 0) return found;

  const stories = await getDb()
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
  const byId = new Map(stories.map((story) => [story.id, story]));
  const isMatch = wordMatcher(words);
  return {
    ...found,
    results: ids.flatMap((id) => {
      const story = byId.get(id);
      if (!story) return [];
      return [
        {
          id,
          url: articlePath(locale, { id, slug: story.slug, sectionSlug: story.sectionSlug }),
          headline: story.headline,
          snippet: snippetOf(story, isMatch),
          publishedAt: story.publishedAt ?? story.updatedAt,
          section: { slug: story.sectionSlug, name: locale === "hi" ? story.sectionName : story.sectionNameEn },
        },
      ];
    }),
  };
}
