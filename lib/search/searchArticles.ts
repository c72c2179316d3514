import { listSearchStories, rankSearchMatches, searchTermsSharingTrigrams, searchVocabularyAround } from "@/db/queries/search";
import type { Locale } from "@/i18n/routing";
import { articlePath } from "@/lib/routes";
import { listPageSize } from "@/lib/site";
import { closestWords, minCorrectableLength, trigrams } from "./closestWords";
import { istDayEnd, istDayStart } from "./istDays";
import { matchExpression, type ResolvedWord } from "./matchExpression";
import { type QueryWord, queryWords } from "./queryWords";
import type { SearchRequest } from "./searchRequest";
import { findSnippet, leadSnippet, type SnippetPart } from "./snippet";
import { wordMatcher } from "./wordMatcher";

export type { SnippetPart } from "./snippet";
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

/**
 * At most this many matching stories, the newest by id, are ranked and counted. Ranking every match of a word in
 * half of 100,000 stories costs over 100 ms; walking the index newest-first and stopping here keeps any query
 * within a few milliseconds, and no reader pages past a hundred pages of results.
 */
export const rankedMatches = 1000;
// Prefix matching of shorter words (के*, में*) would gather most of the index for little use.
const minPrefixLength = 4;
const similarCandidates = 40;

const prefixable = (word: string) => Array.from(word).length >= minPrefixLength;

/** Indexed Latin skeletons within a letter or two of one the index does not hold: the reader's misspelling. */
async function similarSkeletons(skeleton: string): Promise<string[]> {
  if (skeleton.length < minCorrectableLength) return [];
  return closestWords(skeleton, await searchTermsSharingTrigrams(trigrams(skeleton), similarCandidates));
}

async function resolveLatin(skeleton: string): Promise<Pick<ResolvedWord, "latin" | "latinPrefix">> {
  const around = await searchVocabularyAround(skeleton);
  const similar = around.whole || around.extended ? [] : await similarSkeletons(skeleton);
  return { latin: [skeleton, ...similar], latinPrefix: around.extended && prefixable(skeleton) ? skeleton : null };
}

/**
 * Devanagari words are looked for in the folded text; one the index does not know (पुटिन, a misspelling) is looked
 * for by its Latin skeleton instead, which forgives short/long vowels, dental/retroflex and sibilant confusions.
 * Latin words are looked for in both the folded text (English words, names in Latin letters) and as skeletons.
 */
async function resolveWord(word: QueryWord): Promise<ResolvedWord> {
  const around = await searchVocabularyAround(word.folded);
  const folded = { folded: [word.folded], foldedPrefix: around.extended && prefixable(word.folded) ? word.folded : null };
  const known = around.whole || around.extended;
  if (word.skeleton === null || (word.devanagari && known)) return { ...folded, latin: [], latinPrefix: null };
  return { ...(word.devanagari ? { folded: [], foldedPrefix: null } : folded), ...(await resolveLatin(word.skeleton)) };
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
export async function searchArticles(request: SearchRequest & { locale: Locale; pageSize?: number }): Promise<SearchResults> {
  const { query, page, locale, sectionSlug, from, to, pageSize = listPageSize() } = request;
  const none: SearchResults = { query, total: 0, totalIsLowerBound: false, page, pageSize, results: [] };
  const words = await Promise.all(queryWords(query).map(resolveWord));
  const match = matchExpression(words);
  if (match === null) return none;

  const filters = { locale, sectionSlug, fromMs: from ? istDayStart(from).getTime() : null, untilMs: to ? istDayEnd(to).getTime() : null };
  const { total, ids } = await rankSearchMatches(match, filters, { rankLimit: rankedMatches, limit: pageSize, offset: (page - 1) * pageSize });
  const found = { ...none, total, totalIsLowerBound: total === rankedMatches };
  if (ids.length === 0) return found;

  const byId = new Map((await listSearchStories(ids)).map((story) => [story.id, story]));
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
