// Spellings that Hindi newsrooms use side by side (anusvara or half-m, ट or त).
const MONTH_SPELLINGS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["जनवरी"]],
  [2, ["फरवरी"]],
  [3, ["मार्च"]],
  [4, ["अप्रैल", "अप्रेल"]],
  [5, ["मई"]],
  [6, ["जून"]],
  [7, ["जुलाई"]],
  [8, ["अगस्त"]],
  [9, ["सितंबर", "सितम्बर"]],
  [10, ["अक्टूबर", "अक्तूबर"]],
  [11, ["नवंबर", "नवम्बर"]],
  [12, ["दिसंबर", "दिसम्बर"]],
];

const NUKTA = "\u093C";

// Copies write फ़रवरी and फरवरी interchangeably, so names are compared with the nukta removed.
function withoutNukta(word: string): string {
  return word.normalize("NFC").replaceAll(NUKTA, "");
}

const MONTH_BY_NAME = new Map(
  MONTH_SPELLINGS.flatMap(([month, names]) => names.map((name) => [withoutNukta(name), month] as const)),
);

/** Month number 1–12 for a Hindi month name, or null when the word is not a month. */
export function hindiMonthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(withoutNukta(name)) ?? null;
}
