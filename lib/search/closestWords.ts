/** Below this length one changed letter makes another common word (kbdi → bdi, बड़ी), so short words are not corrected. */
export const minCorrectableLength = 5;

/** Edits (insert, delete, substitute, swap two neighbours) between two words, stopping early beyond `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      }
      current.push(distance);
      rowMinimum = Math.min(rowMinimum, distance);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a misspelling of a word this long may have: one in a short word, two in a long one. */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The candidates nearest to `word` within its allowed edits, nearest first, at most `limit`. Readers rarely get the
 * first letter wrong, and a different first letter is usually a different word, so candidates must share it.
 */
export function closestWords(word: string, candidates: readonly string[], limit = 3): string[] {
  if (word.length < minCorrectableLength) return [];
  const allowed = allowedEdits(word);
  return candidates
    .filter((candidate) => candidate !== word && candidate[0] === word[0])
    .map((candidate, order) => ({ candidate, order, distance: editDistance(word, candidate, allowed) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The distinct three-letter pieces of a word, for finding vocabulary words that share most of them. */
export function trigrams(word: string): string[] {
  const pieces = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) pieces.add(word.slice(i, i + 3));
  return [...pieces];
}
