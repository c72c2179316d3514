import { daysInMonth } from "./datelineDate";
import { hindiMonthNumber } from "./hindiMonths";
import { endsWithWordFinalSuffix, isCommonHindiWord } from "./hindiWords";

export type WireBlock = { type: "paragraph"; text: string } | { type: "subheading"; text: string };
export type WireDateline = {
  place: string;
  day: number | null;
  month: number | null;
  year: number | null;
  agency: string | null;
};
export type ParsedWireCopy = {
  headline: string;
  dateline: WireDateline | null;
  blocks: WireBlock[];
  byline: string | null;
  boilerplate: string | null;
};

export class WireParseError extends Error {
  override name = "WireParseError";
}

// Subheadings in agency copy are a handful of words; anything longer without
// closing punctuation is a paragraph that was hard-wrapped.
const MAX_SUBHEADING_WORDS = 10;
const MAX_BYLINE_WORDS = 6;
// The byline is the last line of the article, followed by at most a couple of
// boilerplate lines; looking further up would take a subheading such as
// "समिति की रिपोर्ट" for a byline and throw the rest of the article away.
const BYLINE_SEARCH_LINES = 3;
const MAX_PLACE_WORDS = 3;
// A fragment longer than this (in code points) is a word in its own right, not the end of a broken one.
const MAX_BROKEN_WORD_END_LENGTH = 4;

// Closing quotes and brackets may follow the final danda or full stop.
const SENTENCE_END = /[।॥.?!…]["'”’)\]]*$/u;
const STRAY_ZERO_WIDTH = /[\u200B\uFEFF]/g;
// ZWJ/ZWNJ select Devanagari conjunct shapes; anywhere else they are invisible noise.
const JOINER_OUTSIDE_DEVANAGARI = /(?<!\p{Script=Devanagari})[\u200C\u200D]|[\u200C\u200D](?!\p{Script=Devanagari})/gu;
const STARTS_WITH_COMBINING_MARK = /^\p{M}/u;
const VIRAMA = "\u094D";
const DEVANAGARI_WORD = /^\p{Script=Devanagari}+$/u;
const PLACE = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)*$/u;
// "PLACE, DAY MONTH[ YEAR][ (AGENCY)] ।" or a bare "PLACE:" / "PLACE ।"; readDateline checks the pieces.
const DATELINE =
  /^(?<place>[^,।:()\d०-९]+?)(?:,\s*(?<day>[\d०-९]{1,2})\s+(?<month>[\p{L}\p{M}]+)(?:\s+(?<year>[\d०-९]{4}))?)?(?<gap>\s*)(?:\((?<agency>[^()]+)\)\s*)?(?<mark>[।:])\s*/u;
const BYLINES = [
  /^(?:\S+ ){1,4}की रिपोर्ट$/u, // सियासी मीयर की रिपोर्ट
  /^(?:\S+ ){0,3}ब्यूरो रिपोर्ट$/u, // ब्यूरो रिपोर्ट
  /^(?:[—–-] ?)?(?:संवाददाता|रिपोर्ट|रिपोर्टर|इनपुट) ?: ?\S/u, // संवाददाता: अमित सहगल, — रिपोर्ट: नाम
  /^(?:एजेंसी|एजेंसियाँ|एजेंसियां)$/u,
];

/**
 * Parses a plain-text agency copy (format: shared/corpus/wire/README.md) into
 * headline, dateline, body blocks, byline and trailing site boilerplate.
 * All returned text is NFC-normalised.
 */
export function parseWireCopy(text: string): ParsedWireCopy {
  const [headline, ...rest] = readLines(text);
  if (headline === undefined) {
    throw new WireParseError(
      text.length === 0
        ? "Cannot parse wire copy: the input is empty."
        : "Cannot parse wire copy: the input contains only whitespace.",
    );
  }
  const { body, byline, boilerplate } = splitOffByline(rest);
  const { dateline, blocks } = takeDateline(toBlocks(body));
  return { headline, dateline, blocks, byline, boilerplate };
}

function readLines(text: string): string[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
}

function cleanText(text: string): string {
  return text.replace(STRAY_ZERO_WIDTH, "").replace(JOINER_OUTSIDE_DEVANAGARI, "").normalize("NFC");
}

function wordCount(line: string): number {
  return line.split(" ").length;
}

function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

function isByline(line: string): boolean {
  return wordCount(line) <= MAX_BYLINE_WORDS && !endsSentence(line) && BYLINES.some((form) => form.test(line));
}

function splitOffByline(lines: string[]): { body: string[]; byline: string | null; boilerplate: string | null } {
  const searchFrom = lines.length - BYLINE_SEARCH_LINES;
  const index = lines.findLastIndex((line, i) => i >= searchFrom && isByline(line));
  if (index === -1) return { body: lines, byline: null, boilerplate: null };
  const boilerplate = lines.slice(index + 1).join("\n");
  return { body: lines.slice(0, index), byline: lines[index] ?? null, boilerplate: boilerplate || null };
}

// A long line that stops without closing punctuation was hard-wrapped and goes on in the next line.
function isWrapped(line: string): boolean {
  return !endsSentence(line) && wordCount(line) > MAX_SUBHEADING_WORDS;
}

function toBlocks(lines: string[]): WireBlock[] {
  const blocks: WireBlock[] = [];
  let wrapped: string | null = null;
  for (const line of lines) {
    const text: string = wrapped === null ? line : joinWrappedLine(wrapped, line);
    wrapped = isWrapped(text) ? text : null;
    if (wrapped === null) blocks.push({ type: endsSentence(text) ? "paragraph" : "subheading", text });
  }
  if (wrapped !== null) blocks.push({ type: "paragraph", text: wrapped });
  return blocks;
}

// Rule and rationale: docs/decisions/0003-wire-line-join-rule.md.
function joinWrappedLine(line: string, next: string): string {
  return line + (continuesBrokenWord(line, next) ? "" : " ") + next;
}

function continuesBrokenWord(line: string, next: string): boolean {
  if (STARTS_WITH_COMBINING_MARK.test(next) || line.endsWith(VIRAMA)) return true;
  const before = line.slice(line.lastIndexOf(" ") + 1);
  const after = next.split(" ", 1)[0] ?? "";
  return (
    DEVANAGARI_WORD.test(before) &&
    DEVANAGARI_WORD.test(after) &&
    after.length <= MAX_BROKEN_WORD_END_LENGTH &&
    !isCommonHindiWord(before) &&
    !isCommonHindiWord(after) &&
    endsWithWordFinalSuffix(before + after)
  );
}

function takeDateline(blocks: WireBlock[]): { dateline: WireDateline | null; blocks: WireBlock[] } {
  const [first, ...rest] = blocks;
  const found = first?.type === "paragraph" ? readDateline(first.text) : null;
  if (found === null) return { dateline: null, blocks };
  const remainder: WireBlock[] = found.text === "" ? [] : [{ type: "paragraph", text: found.text }];
  return { dateline: found.dateline, blocks: [...remainder, ...rest] };
}

function readDateline(paragraph: string): { dateline: WireDateline; text: string } | null {
  const match = DATELINE.exec(paragraph);
  if (match?.groups === undefined) return null;
  const { day, month, year, agency, gap, mark } = match.groups;
  const place = (match.groups.place ?? "").trim();
  if (!isPlaceName(place)) return null;
  if (day === undefined) {
    // Without a date, only "कोलकाता:" or "कोलकाता ।" marks a dateline; a short
    // opening sentence such as "बारिश जारी है।" must stay in the article.
    // An agency in brackets marks a dateline for certain, even when the place is also a common word (गया).
    const looksLikePlaceOnly = mark === ":" || gap !== "" || agency !== undefined;
    if (!looksLikePlaceOnly || (agency === undefined && place.split(" ").some(isCommonHindiWord))) return null;
  }
  const date = day === undefined ? { day: null, month: null, year: null } : readDate(day, month ?? "", year);
  if (date === null) return null;
  return {
    dateline: { place, ...date, agency: agency?.trim() ?? null },
    text: paragraph.slice(match[0].length).trim(),
  };
}

function isPlaceName(place: string): boolean {
  return PLACE.test(place) && wordCount(place) <= MAX_PLACE_WORDS;
}

function readDate(
  day: string,
  monthName: string,
  year: string | undefined,
): { day: number; month: number; year: number | null } | null {
  const dayNumber = Number(toWesternDigits(day));
  const month = hindiMonthNumber(monthName);
  const yearNumber = year === undefined ? null : Number(toWesternDigits(year));
  // "31 अप्रैल" is not a date: the opening words stay in the text, where an editor sees them.
  if (month === null || dayNumber < 1 || dayNumber > daysInMonth(month, yearNumber)) return null;
  return { day: dayNumber, month, year: yearNumber };
}

function toWesternDigits(digits: string): string {
  return digits.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x966));
}
