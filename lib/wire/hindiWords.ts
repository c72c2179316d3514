// Small hand-written word lists for the heuristics in parseWireCopy.ts.
// They are deliberately short: they only need to recognise the words that
// most often sit at a line break or at the start of a sentence.

const COMMON_WORDS = new Set(
  [
    // postpositions
    "का", "की", "के", "को", "में", "से", "ने", "पर", "तक", "लिए", "साथ", "बाद", "पहले", "द्वारा",
    // pronouns and determiners
    "मैं", "हम", "आप", "वह", "वे", "यह", "ये", "उस", "उन", "इस", "इन", "जो", "जिस", "जिन",
    "क्या", "कोई", "कुछ", "सब", "सभी", "अपना", "अपनी", "अपने", "उन्होंने",
    // auxiliaries and the commonest verbs of reporting
    "है", "हैं", "था", "थी", "थे", "हो", "होगा", "होगी", "होंगे", "होने", "गया", "गई", "गए",
    "रहा", "रही", "रहे", "कहा", "बताया", "किया", "दिया", "लिया", "कर", "करने",
    // conjunctions, particles, adverbs
    "और", "या", "तथा", "एवं", "व", "लेकिन", "कि", "तो", "भी", "ही", "न", "नहीं", "अब", "जब", "तब",
    "यहाँ", "वहाँ", "आज", "कल",
    // quantities
    "एक", "दो", "तीन", "कई", "कम", "बहुत",
    // real words that happen to end like a suffix below
    "अधिक", "तत्व", "टिक", "बिक", "टिकी", "बिकी",
  ].map((word) => word.normalize("NFC")),
);

// Endings that only close a word, never open one: a short fragment that
// completes one of these is the tail of a word broken by a line wrap.
const WORD_FINAL_SUFFIXES = ["िक", "िकी", "ीय", "ीकरण", "त्व"].map((suffix) => suffix.normalize("NFC"));

export function isCommonHindiWord(word: string): boolean {
  return COMMON_WORDS.has(word);
}

export function endsWithWordFinalSuffix(word: string): boolean {
  return WORD_FINAL_SUFFIXES.some((suffix) => word.endsWith(suffix));
}
