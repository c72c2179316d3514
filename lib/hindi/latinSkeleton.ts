import { transliterate } from "@/lib/hindi/transliterate";

/*
 * Hindi typed in Latin letters has no standard spelling: the same word arrives as nimantran or nimantrn,
 * kabaddi or kabadi, rajniti or rajaniti, shiksha or siksha, vikas or wikas, mausam or mosam. The skeleton
 * keeps what readers agree on and drops what they do not. It is applied to the transliterated articles and to
 * queries alike, so a query word finds an article word when their skeletons are equal.
 */

const CONSONANT = "[b-df-hj-np-tv-z]";
const RULES: [RegExp, string][] = [
  // Spellings of one sound.
  [/c+h+(?:c+h+)?/g, "ch"], // chh, cch, chch: छ, च्च, च्छ
  // English spellings of loanwords: a c that is not ch is s before e, i, y (cinema, city) and k elsewhere
  // (cricket); a final y is i (party, city: पार्टी parti).
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [new RegExp(`(?<=${CONSONANT})y$`), "i"],
  [/x/g, "ks"], // laxmi / lakshmi
  [/q/g, "k"],
  [/z/g, "j"], // ज़िला / जिला: the nukta is optional in Devanagari too
  [/w/g, "v"],
  [/ph/g, "f"],
  [/sh/g, "s"],
  // Long vowels typed doubled or as English digraphs, then every doubled letter: kabaddi / kabadi, raaj / raj.
  [/ee/g, "i"],
  [/oo/g, "u"],
  [/([a-z])\1+/g, "$1"],
  // The glide between vowels: gaye / gae, liye / lie.
  [/(?<=[aeiou])y(?=[ei])/g, ""],
  // औ is typed au, ou or o: mausam / mosam, auto / ऑटो (oto). ऐ stays ai: merging it with e would make
  // नई (nai) the same word as ने (ne).
  [/au|ou/g, "o"],
  [/m(?=[bp])/g, "n"], // anusvara before a labial is written both ways: sambandh / sanbandh
  // The inherent vowel between consonants is written by some and not by others: rajniti / rajaniti.
  [new RegExp(`(?<=${CONSONANT})a(?=${CONSONANT})`, "g"), ""],
];

/** The spelling skeleton of one lowercase ASCII word (as `transliterate` writes words). */
export function latinSkeleton(word: string): string {
  return RULES.reduce((skeleton, [pattern, replacement]) => skeleton.replace(pattern, replacement), word);
}

// ड़ and ढ़ are transliterated r and rh (लड़की → larki), but most readers type d and dh (ladki, padhai), so words
// with them are indexed both ways.
const FLAP_NUKTA = /(?<=[डढ])\u093C/g;

function chunkSkeletons(chunk: string): string[] {
  const skeletons = transliterate(chunk).split(" ").filter(Boolean).map(latinSkeleton);
  const composed = chunk.normalize("NFC");
  const withoutFlaps = composed.replace(FLAP_NUKTA, "");
  if (withoutFlaps === composed) return skeletons;
  const alternatives = transliterate(withoutFlaps).split(" ").filter(Boolean).map(latinSkeleton);
  return [...skeletons, ...alternatives.filter((skeleton, i) => skeleton !== skeletons[i])];
}

// News text repeats its words (के, में, सरकार ...): caching per whitespace-separated chunk makes indexing and
// snippet cutting several times faster than transliterating whole texts. Bounded, so memory stays small.
const cache = new Map<string, string[]>();
const cacheLimit = 50_000;

function cachedChunkSkeletons(chunk: string): string[] {
  let skeletons = cache.get(chunk);
  if (skeletons === undefined) {
    if (cache.size >= cacheLimit) cache.clear();
    skeletons = chunkSkeletons(chunk);
    cache.set(chunk, skeletons);
  }
  return skeletons;
}

/**
 * Skeletons of the Latin transliteration of any text, Devanagari or Latin. Transliteration never joins across
 * whitespace, so transliterating chunk by chunk gives the same words as transliterating the whole text.
 */
export function latinSkeletonWords(text: string): string[] {
  return text.split(/\s+/).flatMap((chunk) => (chunk ? cachedChunkSkeletons(chunk) : []));
}
