import { wordSpans } from "@/lib/hindi/fold";

export type SnippetPart = { text: string; match: boolean };

/** About this many characters of text around the first match; readers see two or three lines. */
const snippetLength = 220;
const contextBefore = 60;
// A match further in than this is not looked for: the lead then stands for the story, and the work stays small.
const scannedWords = 600;

function spaced(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * A passage of `text` around the first word `isMatch` accepts (or its opening when no word within reach matches),
 * cut at word boundaries, with every matching word in it marked. Null when no word matches.
 */
export function findSnippet(text: string, isMatch: (word: string) => boolean): SnippetPart[] | null {
  const spans = wordSpans(text);
  const first = spans.slice(0, scannedWords).findIndex((span) => isMatch(span.word));
  return first === -1 ? null : cutSnippet(text, spans, first, isMatch);
}

/** The opening of `text` as a snippet, for stories whose match is only in the headline. */
export function leadSnippet(text: string, isMatch: (word: string) => boolean): SnippetPart[] {
  return cutSnippet(text, wordSpans(text), 0, isMatch);
}

function cutSnippet(
  text: string,
  spans: { word: string; start: number; end: number }[],
  anchor: number,
  isMatch: (word: string) => boolean,
): SnippetPart[] {
  if (spans.length === 0) return [];
  let first = anchor;
  while (first > 0 && spans[anchor]!.start - spans[first - 1]!.start <= contextBefore) first--;
  let last = anchor;
  while (last + 1 < spans.length && spans[last + 1]!.end - spans[first]!.start <= snippetLength) last++;

  const start = first === 0 ? 0 : spans[first]!.start;
  const end = last === spans.length - 1 ? text.length : spans[last]!.end;
  const parts: SnippetPart[] = [];
  let plain = start > 0 ? "… " : "";
  let position = start;
  for (const span of spans.slice(first, last + 1)) {
    if (!isMatch(span.word)) continue;
    plain += text.slice(position, span.start);
    if (plain) parts.push({ text: spaced(plain), match: false });
    parts.push({ text: span.word, match: true });
    plain = "";
    position = span.end;
  }
  plain += text.slice(position, end).trimEnd() + (end < text.length ? " …" : "");
  if (plain) parts.push({ text: spaced(plain), match: false });
  return parts;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** The snippet as HTML: escaped text with the matched words in <mark>. */
export function snippetHtml(parts: SnippetPart[]): string {
  return parts.map((part) => (part.match ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join("");
}
