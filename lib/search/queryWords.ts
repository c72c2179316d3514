import { foldedWords } from "@/lib/hindi/fold";
import { latinSkeletonWords } from "@/lib/hindi/latinSkeleton";

/** Longer queries are cut at the last whole word within this many characters (searchRequest.ts). */
export const maxQueryLength = 200;
/** Words after these are ignored: every word is ANDed, so more would only narrow a query no reader types. */
export const maxQueryWords = 8;

export type QueryWord = {
  /** The folded word, matched against the folded text of articles. */
  folded: string;
  /** Its Latin spelling skeleton, or null for numbers and scripts that do not transliterate. */
  skeleton: string | null;
  devanagari: boolean;
};

const DEVANAGARI = /[\u0900-\u097F]/;
const HAS_LETTER = /\p{L}/u;

/**
 * The words of a reader's query: folded exactly as indexed text is, so that only letters, marks and digits are
 * left and nothing of FTS5's query syntax (quotes, *, NEAR, AND/OR, column filters) can reach the index.
 */
export function queryWords(query: string): QueryWord[] {
  const words = new Map<string, QueryWord>();
  for (const folded of foldedWords(query)) {
    if (words.size === maxQueryWords) break;
    if (words.has(folded)) continue;
    const skeletons = HAS_LETTER.test(folded) ? latinSkeletonWords(folded) : [];
    words.set(folded, {
      folded,
      skeleton: skeletons.length === 1 ? skeletons[0]! : null,
      devanagari: DEVANAGARI.test(folded),
    });
  }
  return [...words.values()];
}
