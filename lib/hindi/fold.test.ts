import { describe, expect, it } from "vitest";
import { fold, foldedWords, wordSpans } from "./fold";

// Written with escapes where the difference is invisible.
const ZA_PRECOMPOSED = "\u095B"; // ज़ as one code point
const ZA_DECOMPOSED = "\u091C\u093C"; // ज + nukta
const ZWJ = "\u200D";
const ZWNJ = "\u200C";

describe("text and queries are folded alike, so spellings readers mix up find each other", () => {
  it.each([
    ["a precomposed nukta letter and the letter with a separate nukta", `${ZA_PRECOMPOSED}िला`, `${ZA_DECOMPOSED}िला`],
    ["ज़िला with and without the nukta", "ज़िला", "जिला"],
    ["फ़ैसला with and without the nukta", "फ़ैसला", "फैसला"],
    ["ऩ, which NFC keeps as one code point, and न", "\u0929", "न"],
    ["chandrabindu and anusvara", "हँसी", "हंसी"],
    ["गाँव and गांव", "गाँव", "गांव"],
    ["a half nasal before a stop and anusvara", "हिन्दी", "हिंदी"],
    ["सम्बन्ध and संबंध", "सम्बन्ध", "संबंध"],
    ["a word with a zero-width joiner and without", `क्${ZWJ}ष`, "क्ष"],
    ["a word with a zero-width non-joiner and without", `क्${ZWNJ}ष`, "क्ष"],
    ["a zero-width space inside a word", "पुति\u200Bन", "पुतिन"],
    ["Devanagari and Western digits", "२०२४", "2024"],
    ["Latin in capitals and in small letters", "iPhone", "iphone"],
    ["Latin with accents and without", "Café", "cafe"],
  ])("%s", (_, one, other) => {
    expect(fold(one)).toBe(fold(other));
  });

  it("keeps a half nasal that Hindi never writes as anusvara: अन्य, जन्म, सम्मान, उन्होंने", () => {
    for (const word of ["अन्य", "जन्म", "सम्मान", "उन्होंने"]) expect(fold(word)).toBe(word);
  });

  it("keeps the vowel signs, so किम and काम stay different words", () => {
    expect(fold("किम")).not.toBe(fold("काम"));
  });
});

describe("the words of folded text", () => {
  it("end at a danda, a double danda, punctuation and quotes", () => {
    expect(foldedWords("निमंत्रण। “पुतिन”, किम॥ (केसीएनए) 2024?")).toEqual(["निमंत्रण", "पुतिन", "किम", "केसीएनए", "2024"]);
  });

  it("end at hyphens, so जोंग-उन is two words", () => {
    expect(foldedWords("किम जोंग-उन")).toEqual(["किम", "जोंग", "उन"]);
  });

  it("are only letters, marks and digits, whatever the query syntax around them", () => {
    expect(foldedWords('"पुतिन" * NEAR(किम) AND OR -x ^y {col}:z')).toEqual(["पुतिन", "near", "किम", "and", "or", "x", "y", "col", "z"]);
  });

  it("are found with their places in the unfolded text, joiners included", () => {
    const text = `देखो, क्${ZWJ}ष!`;
    expect(wordSpans(text).map(({ word, start }) => [word, start])).toEqual([["देखो", 0], [`क्${ZWJ}ष`, 6]]);
  });
});
