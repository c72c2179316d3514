import { fold } from "@/lib/hindi/fold";
import { latinSkeletonWords } from "@/lib/hindi/latinSkeleton";
import type { ResolvedWord } from "./matchExpression";

/** Tells whether a word of an article's text is one the query found, the way the index matched it. */
export function wordMatcher(words: ResolvedWord[]): (word: string) => boolean {
  const folded = new Set(words.flatMap((word) => word.folded));
  const foldedPrefixes = words.flatMap((word) => (word.foldedPrefix ? [word.foldedPrefix] : []));
  const latin = new Set(words.flatMap((word) => word.latin));
  const latinPrefixes = words.flatMap((word) => (word.latinPrefix ? [word.latinPrefix] : []));
  const matchesLatin = latin.size > 0 || latinPrefixes.length > 0;

  return (word) => {
    const foldedWord = fold(word);
    if (folded.has(foldedWord) || foldedPrefixes.some((prefix) => foldedWord.startsWith(prefix))) return true;
    return (
      matchesLatin &&
      latinSkeletonWords(word).some(
        (skeleton) => latin.has(skeleton) || latinPrefixes.some((prefix) => skeleton.startsWith(prefix)),
      )
    );
  };
}
