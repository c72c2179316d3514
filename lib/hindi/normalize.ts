const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Canonical form for stored and compared text. Wire copy and CMS pastes carry
 * invisible characters and mixed nukta spellings that would otherwise make
 * equal-looking strings differ (search, de-duplication, slugs).
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/[\u200B\uFEFF]/g, "")
      // ZWNJ/ZWJ select half-forms and stop conjuncts inside Devanagari words,
      // so they are meaningful there; anywhere else they are copy-paste debris.
      .replace(/[\u200C\u200D]/g, (joiner: string, offset: number, whole: string) =>
        DEVANAGARI.test(whole[offset - 1] ?? "") && DEVANAGARI.test(whole[offset + 1] ?? "")
          ? joiner
          : "",
      )
      // After the removals, so that marks brought together by them are
      // reordered/composed too. NFC decomposes U+0958–U+095F (क़ … य़) into
      // base + nukta: both spellings of ज़रूरी end up identical.
      .normalize("NFC")
      // Lone CR (old Mac exports) is a line break as well.
      .replace(/\r\n?/g, "\n")
      .trim()
  );
}

/** For single-line values (headlines, names, tags): any whitespace run, including newlines and NBSP, becomes one space. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, " ");
}
