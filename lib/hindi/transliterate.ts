import { normalizeText } from "./normalize";

/*
 * Devanagari → plain Latin, the way Hindi newspapers spell words in Latin
 * letters, so slugs are readable and stable. Scheme (also in
 * docs/decisions/0002-transliteration-and-formatting.md):
 *
 * - No diacritics and no doubled vowels: आ→a, ई→i, ऊ→u; ए→e, ऐ→ai, ओ/ऑ→o,
 *   औ→au, ऋ→ri. ए after a short vowel or आ is a glide: लिए→liye, गए→gaye.
 * - Anusvara and chandrabindu: "m" before प फ ब भ म, otherwise "n".
 *   Visarga: "h".
 * - Schwa deletion (the inherent "a" Hindi does not pronounce), applied right
 *   to left:
 *   1. Word-final: dropped (भारत→bharat) unless the word is a single
 *      consonant (न→na), ends in a conjunct whose last consonant is more
 *      sonorous than the one before it, which Hindi cannot end a word with
 *      (मित्र→mitra, कार्य→karya, कृष्ण→krishna, but दोस्त→dost, धर्म→dharm),
 *      or ends in इय/ईय (भारतीय→bhartiya).
 *   2. Medial, in V C _ C V: राजनीति→rajniti, समझना→samajhna.
 *   A schwa carrying anusvara/chandrabindu/visarga is always pronounced.
 *   The rule has no morphology, so prefixed and inflected forms can lose the
 *   wrong schwa (सहमति→sahamti, अफ़सरों→afasron).
 */

type Phone =
  | { kind: "consonant"; letter: string; latin: string }
  | { kind: "vowel"; letter: string; latin: string; inherent: boolean }
  | { kind: "nasal" }
  | { kind: "visarga" };

const CONSONANTS: Record<string, string> = {
  "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
  "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
  "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
  "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
  "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m",
  "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
  "श": "sh", "ष": "sh", "स": "s", "ह": "h",
};

// Keyed by base letter: after NFC every nukta letter is base + U+093C.
const NUKTA_CONSONANTS: Record<string, string> = {
  "क": "q", "ख": "kh", "ग": "g", "ज": "z", "फ": "f", "ड": "r", "ढ": "rh",
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ॠ": "ri",
  "ऍ": "e", "ऎ": "e", "ए": "e", "ऐ": "ai", "ऑ": "o", "ऒ": "o", "ओ": "o", "औ": "au",
};

const VOWEL_SIGNS: Record<string, string> = {
  "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "ॄ": "ri",
  "ॅ": "e", "ॆ": "e", "े": "e", "ै": "ai", "ॉ": "o", "ॊ": "o", "ो": "o", "ौ": "au",
};

// Where the rules give a spelling nobody uses for a very frequent word.
const EXCEPTIONS: Record<string, string> = {
  "में": "mein",
  "सिंह": "singh",
  "ई": "e", // the English prefix: ई-चालान, ई-मेल, ई-रिक्शा
};

const NUKTA = "\u093C";
const VIRAMA = "\u094D";
const LABIALS = new Set(["प", "फ", "ब", "भ", "म"]);
// After long ई/ऊ, ए is usually a spelled-out letter name (पीएम, जीएसटी), not a glide.
const GLIDE_BEFORE_E = new Set(["अ", "आ", "ा", "इ", "ि", "उ", "ु"]);

function sonority(letter: string): number {
  if (letter === "य") return 4;
  if ("रलळव".includes(letter)) return 3;
  if ("ङञणनम".includes(letter)) return 2;
  return 1;
}

function parse(word: string): Phone[] {
  const chars = [...word.replace(/[\u200C\u200D]/g, "")];
  const phones: Phone[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const previous = phones.at(-1);
    let consonant = CONSONANTS[char];
    if (consonant !== undefined) {
      if (chars[i + 1] === NUKTA) {
        consonant = NUKTA_CONSONANTS[char] ?? consonant;
        i++;
      }
      if (char === "ञ" && previous?.kind === "consonant" && previous.letter === "ज") {
        previous.latin = "g"; // ज्ञ is pronounced "gy" in Hindi
        consonant = "y";
      }
      phones.push({ kind: "consonant", letter: char, latin: consonant });
      const sign = VOWEL_SIGNS[chars[i + 1] ?? ""];
      if (chars[i + 1] === VIRAMA) {
        i++;
      } else if (sign !== undefined) {
        phones.push({ kind: "vowel", letter: chars[++i]!, latin: sign, inherent: false });
      } else {
        phones.push({ kind: "vowel", letter: "अ", latin: "a", inherent: true });
      }
      continue;
    }
    const vowel = INDEPENDENT_VOWELS[char];
    if (vowel !== undefined) {
      const glide = char === "ए" && previous?.kind === "vowel" && GLIDE_BEFORE_E.has(previous.letter);
      phones.push({ kind: "vowel", letter: char, latin: glide ? "ye" : vowel, inherent: false });
    } else if (char === "\u0901" || char === "\u0902") {
      phones.push({ kind: "nasal" });
    } else if (char === "\u0903") {
      phones.push({ kind: "visarga" });
    }
  }
  return phones;
}

function keepsFinalSchwa(phones: Phone[], index: number): boolean {
  const consonant = phones[index - 1];
  const before = phones[index - 2];
  if (consonant?.kind !== "consonant") return true;
  if (!phones.slice(0, index - 1).some((phone) => phone.kind === "vowel")) return true;
  if (before?.kind === "consonant") return sonority(consonant.letter) > sonority(before.letter);
  return consonant.letter === "य" && before?.kind === "vowel" && before.latin === "i";
}

function deletesMedialSchwa(phones: Phone[], index: number): boolean {
  const before = phones[index - 2];
  return (
    (before?.kind === "vowel" || before?.kind === "nasal") &&
    phones[index + 1]?.kind === "consonant" &&
    phones[index + 2]?.kind === "vowel"
  );
}

function deleteSchwas(phones: Phone[]): Phone[] {
  const kept = [...phones];
  for (let i = kept.length - 1; i >= 0; i--) {
    const phone = kept[i]!;
    if (phone.kind !== "vowel" || !phone.inherent) continue;
    const deletable = i === kept.length - 1 ? !keepsFinalSchwa(kept, i) : deletesMedialSchwa(kept, i);
    if (deletable) kept.splice(i, 1);
  }
  return kept;
}

function render(phones: Phone[]): string {
  return phones
    .map((phone, i) => {
      if (phone.kind === "visarga") return "h";
      if (phone.kind !== "nasal") return phone.latin;
      const next = phones[i + 1];
      return next?.kind === "consonant" && LABIALS.has(next.letter) ? "m" : "n";
    })
    .join("");
}

function devanagariToLatin(run: string): string {
  return EXCEPTIONS[run] ?? render(deleteSchwas(parse(run)));
}

const DEVANAGARI_RUN = /^[\u0900-\u097F]/;
const WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D0-9\p{Script=Latin}]+/gu;
const RUN = /[\u0900-\u097F\u200C\u200D]+|[0-9]+|[^\u0900-\u097F\u200C\u200D0-9]+/gu;

function transliterateWord(word: string): string {
  let latin = "";
  let previousRun = "";
  for (const run of word.match(RUN) ?? []) {
    if (/^[0-9]/.test(run)) {
      latin += run;
    } else if (DEVANAGARI_RUN.test(run)) {
      // 5जी, 4जी: the English letter G, as in the telecom generations.
      latin += run === "जी" && /[0-9]$/.test(previousRun) ? "g" : devanagariToLatin(run);
    } else {
      latin += run.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]/g, "");
    }
    previousRun = run;
  }
  return latin;
}

/** Lowercase ASCII words (a–z, 0–9) separated by single spaces; punctuation is a word break and is dropped. */
export function transliterate(text: string): string {
  const prepared = normalizeText(text)
    .replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966))
    // Thousands separators (1,200 and 12,34,567) belong to the number.
    .replace(/(?<=[0-9]),(?=[0-9])/g, "")
    // India's → indias, not "india s".
    .replace(/(?<=\p{Script=Latin})['’](?=\p{Script=Latin})/gu, "");
  return (prepared.match(WORD) ?? []).map(transliterateWord).filter(Boolean).join(" ");
}

/**
 * URL slug: transliterated words joined by "-", cut at the last whole word
 * that fits maxLength. A single word longer than maxLength is cut mid-word
 * rather than returning "", which is reserved for "nothing transliterable".
 */
export function slugify(text: string, maxLength = 80): string {
  let slug = "";
  for (const word of transliterate(text).split(" ")) {
    if (!word) continue;
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > maxLength) return slug || word.slice(0, maxLength);
    slug = longer;
  }
  return slug;
}
