/** What one query word is looked for as, once the vocabulary has been consulted (lib/search/searchArticles.ts). */
export type ResolvedWord = {
  /** Words of the folded text it matches exactly, and the one it also matches as a prefix, if any. */
  folded: string[];
  foldedPrefix: string | null;
  /** Skeletons of the Latin transliteration it matches exactly (its own and close spellings), and as a prefix. */
  latin: string[];
  latinPrefix: string | null;
};

// Column names of the search_index table (migration 0003_search).
const FOLDED_COLUMNS = "{headline body}";
const LATIN_COLUMNS = "{headline_latin body_latin}";

function quoted(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

function phrases(exact: string[], prefix: string | null): string[] {
  // A prefix phrase also matches the word itself, so a word found whole scores for both and ranks above a word
  // that only begins with it.
  return [...exact.map(quoted), ...(prefix ? [`${quoted(prefix)} *`] : [])];
}

function wordExpression(word: ResolvedWord): string | null {
  const alternatives: string[] = [];
  const folded = phrases(word.folded, word.foldedPrefix);
  if (folded.length > 0) alternatives.push(`${FOLDED_COLUMNS} : (${folded.join(" OR ")})`);
  const latin = phrases(word.latin, word.latinPrefix);
  if (latin.length > 0) alternatives.push(`${LATIN_COLUMNS} : (${latin.join(" OR ")})`);
  return alternatives.length > 0 ? `(${alternatives.join(" OR ")})` : null;
}

/** An FTS5 MATCH expression in which every word must be found; null when there is nothing to look for. */
export function matchExpression(words: ResolvedWord[]): string | null {
  const expressions = words.map(wordExpression).filter((expression) => expression !== null);
  return expressions.length > 0 ? expressions.join(" AND ") : null;
}
