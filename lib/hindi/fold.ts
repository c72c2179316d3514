/*
 * One folding for indexed text and for queries, so that the spellings readers really type meet the spellings
 * the newsroom really publishes (docs/decisions/0007-hindi-search.md).
 */

const NUKTA = /\u093C/g;
// Format characters (ZWJ, ZWNJ, ZWSP, BOM, soft hyphen, bidi marks) are invisible; left in, they would split words.
const INVISIBLE = /\p{Cf}/gu;
// After NFD, accents on Latin letters are separate combining marks in this block; Devanagari signs are elsewhere.
const LATIN_ACCENTS = /[\u0300-\u036F]/g;
const CHANDRABINDU = /\u0901/g;
const ANUSVARA = "\u0902";
// A half nasal before a stop of any class is written as anusvara just as often (हिन्दी/हिंदी, सम्बन्ध/संबंध).
// Before य र ल व श ष स ह and before another nasal it is not (अन्य, जन्म, सम्मान), so those are left alone.
const NASAL_BEFORE_STOP = /[ङञणनम]\u094D(?=[कखगघचछजझटठडढतथदधपफबभ])/g;
const DEVANAGARI_DIGIT = /[०-९]/g;
// The characters FTS5's tokenizer keeps in words (categories 'L* N* Co M*'); everything else separates words.
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Folded text: same script, lowercase, without the distinctions Hindi spelling does not reliably make. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(NUKTA, "")
    .replace(INVISIBLE, "")
    .replace(LATIN_ACCENTS, "")
    .normalize("NFC")
    .replace(CHANDRABINDU, ANUSVARA)
    .replace(NASAL_BEFORE_STOP, ANUSVARA)
    .replace(DEVANAGARI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/** The words of folded text as the search index sees them: danda, punctuation and spaces separate words. */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The words of unfolded text with their places in it, for cutting snippets from the stored text. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  // Joiners sit inside words in stored Hindi text (normalizeText keeps them there), so they do not end a word here.
  const spans: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{Co}\p{M}\p{Cf}]+/gu)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
