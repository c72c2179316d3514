import { slugify } from "@/lib/hindi/transliterate";
import { isCommonHindiWord } from "@/lib/wire/hindiWords";
import type { ParsedWireCopy, WireBlock } from "@/lib/wire/parseWireCopy";
import {
  AGENCIES,
  BOILERPLATE_LINES,
  DESKS,
  FOREIGN_PLACES,
  GENERAL_QUOTES,
  GENERAL_SENTENCES,
  INDIAN_PLACES,
  MONTH_NAMES,
  QUOTE_FRAMES,
} from "./commonVocabulary";
import { createStoryContext, fillTemplate, toDevanagariDigits, type StoryContext } from "./fillTemplate";
import { createRandom, type Random } from "./random";
import { SECTIONS, type SectionVocabulary, type StoryKind } from "./sectionVocabulary";

export type GeneratedWireCopy = {
  fileName: string;
  /** The file's content; written as UTF-8 it is the file byte for byte. */
  text: string;
  sectionSlug: string;
  /** What a correct parse finds (NFC, whitespace collapsed), for tests and benchmarks. */
  expected: ParsedWireCopy;
};

/**
 * How this copy's sender writes: agencies and stringers differ in nukta, chandrabindu, digits and sentence
 * marks, and their systems add BOMs, CRLF, blank lines and hard wraps. Search and import must cope with all.
 */
type HouseStyle = {
  dropsLoanNukta: boolean;
  anusvaraForChandrabindu: boolean;
  precomposedNukta: boolean;
  devanagariDigits: boolean;
  fullStops: boolean;
  crlf: boolean;
  bom: boolean;
  messyWhitespace: boolean;
  hardWrap: boolean;
  strayZeroWidth: boolean;
};

function houseStyle(random: Random): HouseStyle {
  return {
    dropsLoanNukta: random.chance(0.3),
    anusvaraForChandrabindu: random.chance(0.25),
    precomposedNukta: random.chance(0.1),
    devanagariDigits: random.chance(0.04),
    fullStops: random.chance(0.06),
    crlf: random.chance(0.12),
    bom: random.chance(0.05),
    messyWhitespace: random.chance(0.1),
    hardWrap: random.chance(0.08),
    strayZeroWidth: random.chance(0.03),
  };
}

const LOAN_NUKTA = /([कखगजफ])\u093C/g;
// Precomposed code points U+0958–U+095F, as some keyboards and feeds still produce them.
const PRECOMPOSED: Record<string, string> = { "क": "\u0958", "ख": "\u0959", "ग": "\u095A", "ज": "\u095B", "ड": "\u095C", "ढ": "\u095D", "फ": "\u095E", "य": "\u095F" };

/** The sender's spelling habits; ड़ and ढ़ keep their nukta, as even nukta-less writers keep them. */
function spell(text: string, style: HouseStyle): string {
  let spelled = text;
  if (style.dropsLoanNukta) spelled = spelled.replace(LOAN_NUKTA, "$1");
  if (style.anusvaraForChandrabindu) spelled = spelled.replaceAll("\u0901", "\u0902");
  return spelled;
}

const PARAGRAPH_COUNTS = [[4, 10], [5, 16], [6, 18], [7, 16], [8, 12], [9, 9], [10, 8], [11, 6], [12, 5]] as const;
const SENTENCES_PER_PARAGRAPH = [[1, 35], [2, 50], [3, 15]] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Draws sentences for the body without repeating one within a story. */
function sentenceSource(context: StoryContext, kindSentences: readonly string[]) {
  const { random, section } = context;
  const pools: Array<readonly [readonly string[], number]> = [
    [kindSentences, 4],
    [section.sentences, 2],
    [section.abroad ? [] : GENERAL_SENTENCES, 1.5],
  ];
  const used = new Set<string>();
  const open = () => pools.filter(([pool]) => pool.some((sentence) => !used.has(sentence)));
  return {
    exhausted: () => open().length === 0,
    next(): string | null {
      const remaining = open();
      if (remaining.length === 0) return null;
      const sentence = random.uniform(random.weighted(remaining).filter((candidate) => !used.has(candidate)));
      used.add(sentence);
      return fillTemplate(sentence, context);
    },
  };
}

function quoteParagraph(context: StoryContext): string {
  const { random, section } = context;
  const quote = random.chance(0.65) ? random.uniform(section.quotes) : random.uniform(GENERAL_QUOTES);
  return fillTemplate(random.uniform(QUOTE_FRAMES), context, { quote });
}

function bodyParagraphs(context: StoryContext, kind: StoryKind, lead: string): string[] {
  const { random } = context;
  const sentences = sentenceSource(context, kind.sentences);
  const wanted = random.weighted(PARAGRAPH_COUNTS);
  const paragraphs = [random.chance(0.5) ? `${lead} ${sentences.next() ?? ""}`.trim() : lead];
  const quotes = random.chance(0.75) ? (random.chance(0.3) ? 2 : 1) : 0;
  for (let q = 0; q < quotes; q++) paragraphs.push(quoteParagraph(context));
  while (paragraphs.length < wanted && !sentences.exhausted()) {
    const count = random.weighted(SENTENCES_PER_PARAGRAPH);
    const paragraph: string[] = [];
    for (let s = 0; s < count; s++) {
      const sentence = sentences.next();
      if (sentence !== null) paragraph.push(sentence);
    }
    paragraphs.push(paragraph.join(" "));
  }
  // Quotes were appended first so they are always there; put them somewhere after the opening paragraph.
  const [opening, ...rest] = paragraphs;
  for (let q = 0; q < quotes; q++) {
    const [quote] = rest.splice(q, 1);
    rest.splice(random.int(0, rest.length), 0, quote!);
  }
  return [opening!, ...rest];
}

type Dateline = { prefix: string; value: ParsedWireCopy["dateline"] };

function dateline(random: Random, place: string, style: HouseStyle): Dateline {
  const form = random.weighted([["none", 7], ["placeOnly", 6], ["dated", 87]] as const);
  const agency = random.chance(0.3) ? random.weighted(AGENCIES) : null;
  if (form === "none") return { prefix: "", value: null };
  // "गया (भाषा)।" could as well open a sentence with the verb गया: the parser rightly reads it as text.
  if (form === "placeOnly" && !place.split(" ").some(isCommonHindiWord)) {
    const mark = agency !== null ? ` (${agency})।` : random.chance(0.5) ? ":" : " ।";
    return { prefix: `${place}${mark} `, value: { place, day: null, month: null, year: null, agency } };
  }
  const month = random.int(0, 11);
  const day = random.int(1, DAYS_IN_MONTH[month]!);
  const year = random.chance(0.25) ? random.int(2019, 2025) : null;
  const devanagari = style.devanagariDigits || random.chance(0.1);
  const digits = (value: number) => (devanagari ? toDevanagariDigits(String(value)) : String(value));
  const date = `${digits(day)} ${spell(random.uniform(MONTH_NAMES[month]!), style)}${year === null ? "" : ` ${digits(year)}`}`;
  const prefix = `${place}, ${date}${agency === null ? "" : ` (${agency})`}${random.chance(0.5) ? " " : ""}। `;
  return { prefix, value: { place, day, month: month + 1, year, agency } };
}

// Staff reporters are a short, stable roster compared with the people in the news.
const FIRST_NAMES_FOR_BYLINE = ["अमित", "रश्मि", "अनुराग", "हिमानी", "प्रदीप", "नीरज", "फ़रहाना", "विनायक", "सुधा", "मनप्रीत", "कुणाल", "गार्गी"];
const SURNAMES_FOR_BYLINE = ["सहगल", "जोशी", "सिन्हा", "चौहान", "त्रिपाठी", "अवस्थी", "सिद्दीक़ी", "भोसले", "मेनन", "संधू", "बरुआ", "नेगी"];

function byline(context: StoryContext, agency: string | null): string | null {
  const { random, home, section } = context;
  const reporter = () => `${random.zipf(FIRST_NAMES_FOR_BYLINE)} ${random.zipf(SURNAMES_FOR_BYLINE)}`;
  const form = random.weighted([
    ["none", 12], ["desk", 14], ["reporter", 8], ["bureau", 12], ["cityBureau", section.abroad ? 0 : 6],
    ["correspondent", 16], ["dashReport", 6], ["report", 3], ["agency", agency === null ? 6 : 20], ["input", 3], ["agencies", 2],
  ] as const);
  switch (form) {
    case "none": return null;
    case "desk": return `${random.uniform(DESKS)} की रिपोर्ट`;
    case "reporter": return `${reporter()} की रिपोर्ट`;
    case "bureau": return "ब्यूरो रिपोर्ट";
    case "cityBureau": return `${home.slice(0, home.indexOf("|"))} ब्यूरो रिपोर्ट`;
    case "correspondent": return `संवाददाता: ${reporter()}`;
    case "dashReport": return `— रिपोर्ट: ${reporter()}`;
    case "report": return `रिपोर्ट: ${reporter()}`;
    case "agency": return "एजेंसी";
    case "input": return `इनपुट: ${agency ?? random.weighted(AGENCIES)}`;
    case "agencies": return "एजेंसियाँ";
  }
}

function withSubheadings(random: Random, section: SectionVocabulary, style: HouseStyle, paragraphs: string[]): WireBlock[] {
  const blocks: WireBlock[] = paragraphs.map((text) => ({ type: "paragraph", text }));
  if (paragraphs.length < 5 || !random.chance(0.3)) return blocks;
  const count = paragraphs.length >= 8 && random.chance(0.5) ? 2 : 1;
  const headings = [...section.subheadings];
  // Never first (the dateline paragraph) and never among the last two blocks, where a byline is looked for.
  const positions = new Set<number>();
  while (positions.size < count) positions.add(random.int(2, paragraphs.length - 2));
  for (const position of [...positions].sort((a, b) => b - a)) {
    const [heading] = headings.splice(random.int(0, headings.length - 1), 1);
    blocks.splice(position, 0, { type: "subheading", text: spell(heading!, style) });
  }
  return blocks;
}

// Words a fixed-width wrap can cut so that the parser's join rule (docs/decisions/0003) can put them back:
// the tail starts after a virama or completes a word-final suffix.
const SPLITTABLE: Record<string, readonly [string, string]> = {
  "राजनीतिक": ["राजनी", "तिक"],
  "सामाजिक": ["सामा", "जिक"],
  "ऐतिहासिक": ["ऐतिहा", "सिक"],
  "प्रशासनिक": ["प्रशास", "निक"],
  "आधिकारिक": ["आधिका", "रिक"],
  "सांस्कृतिक": ["सांस्कृ", "तिक"],
  "आर्थिक": ["आर्", "थिक"],
  "स्थानीय": ["स्था", "नीय"],
  "राष्ट्रीय": ["राष्ट्", "रीय"],
  "अंतरराष्ट्रीय": ["अंतरराष्ट्", "रीय"],
  "द्विपक्षीय": ["द्विपक्", "षीय"],
  "क्षेत्रीय": ["क्षेत्", "रीय"],
};
// A wrap just before one of these is always rejoined with a space.
const WRAP_BEFORE = new Set(["के", "की", "का", "में", "से", "ने", "को", "पर", "और"]);
// The parser treats a line of more than 10 words without closing punctuation as wrapped.
const MIN_WORDS_BEFORE_WRAP = 11;

/** A paragraph broken across two lines, as some feeds hard-wrap at a fixed width; null when it is too short. */
function hardWrap(random: Random, paragraph: string): [string, string] | null {
  const words = paragraph.split(" ");
  const candidates: Array<[string, string]> = [];
  for (let i = MIN_WORDS_BEFORE_WRAP; i < words.length - 1; i++) {
    const split = SPLITTABLE[words[i]!];
    if (split !== undefined) {
      candidates.push([[...words.slice(0, i), split[0]].join(" "), [split[1], ...words.slice(i + 1)].join(" ")]);
    } else if (WRAP_BEFORE.has(words[i]!) && /[\p{L}\p{M}\d]$/u.test(words[i - 1]!)) {
      candidates.push([words.slice(0, i).join(" "), words.slice(i).join(" ")]);
    }
  }
  if (candidates.length === 0) return null;
  // A cut word is the harder case for the importer; prefer it when there is one.
  const cut = candidates.filter(([, tail]) => !WRAP_BEFORE.has(tail.split(" ", 1)[0]!));
  return random.uniform(cut.length > 0 && random.chance(0.7) ? cut : candidates);
}

function boilerplateLines(random: Random): string[] {
  const first = random.uniform(BOILERPLATE_LINES);
  return random.chance(0.3) ? [first, random.uniform(BOILERPLATE_LINES.filter((line) => line !== first))] : [first];
}

function dress(random: Random, line: string, style: HouseStyle): string {
  let dressed = line;
  if (style.strayZeroWidth && random.chance(0.2)) {
    const space = dressed.indexOf(" ", random.int(0, dressed.length - 1));
    if (space > 0) dressed = `${dressed.slice(0, space)}\u200B${dressed.slice(space)}`;
  }
  if (style.messyWhitespace) {
    if (random.chance(0.1)) dressed = dressed.replace(" ", "  ");
    if (random.chance(0.3)) dressed += random.uniform([" ", "  ", "\t", " \t"]);
  }
  return dressed;
}

/** The name a generated copy is saved under: number, then the headline in Latin letters. */
export function wireCopyFileName(index: number, numberWidth: number, headline: string): string {
  // Only the first words can make it into a 60-character slug; transliterating the rest would be wasted.
  const opening = headline.split(" ", 12).join(" ");
  return `${String(index + 1).padStart(numberWidth, "0")}-${slugify(opening, 60) || "copy"}.txt`;
}

/**
 * Copy number `index` of the batch generated from `seed`. Each copy depends only on seed and index, so a batch
 * of 100 is the first 100 copies of a batch of 100,000.
 */
export function composeWireCopy(seed: string, index: number, numberWidth = 5): GeneratedWireCopy {
  const random = createRandom(`${seed}:${index}`);
  const section = random.weighted(SECTIONS.map((candidate) => [candidate, candidate.weight] as const));
  const home = random.zipf(section.abroad ? FOREIGN_PLACES : INDIAN_PLACES);
  const style = houseStyle(random);
  const context = createStoryContext(random, section, home, style.devanagariDigits);
  const kind = random.uniform(section.kinds);
  const opening = random.uniform(kind.openings);

  context.pinNumbers = true;
  const headline = spell(fillTemplate(random.uniform(opening.headlines), context), style) + (random.chance(0.05) ? "…" : "");
  const lead = fillTemplate(random.uniform(opening.leads), context);
  context.pinNumbers = false;
  const paragraphs = bodyParagraphs(context, kind, lead).map((paragraph) => {
    const spelled = spell(paragraph, style);
    return style.fullStops && random.chance(0.5) ? spelled.replaceAll("।", ".") : spelled;
  });
  const place = spell(home.slice(0, home.indexOf("|")), style);
  const datelined = dateline(random, place, style);
  paragraphs[0] = datelined.prefix + paragraphs[0]!;
  const blocks = withSubheadings(random, section, style, paragraphs);
  const agency = datelined.value?.agency ?? null;
  const bylineLine = byline(context, agency);
  const spelledByline = bylineLine === null ? null : spell(bylineLine, style);
  const boilerplate = spelledByline !== null && random.chance(0.12) ? boilerplateLines(random) : [];

  const wrapAt = style.hardWrap ? random.int(0, blocks.length - 1) : -1;
  const lines: string[] = random.chance(0.03) ? [""] : [];
  lines.push(headline);
  if (random.chance(0.85)) lines.push("");
  blocks.forEach((block, position) => {
    const wrapped = position === wrapAt && block.type === "paragraph" ? hardWrap(random, block.text) : null;
    lines.push(...(wrapped ?? [block.text]));
    if (style.messyWhitespace && random.chance(0.3)) lines.push(random.chance(0.5) ? "" : "   ");
  });
  if (spelledByline !== null) lines.push(spelledByline);
  lines.push(...boilerplate);

  let text = lines.map((line) => (line === "" ? line : dress(random, line, style))).join(style.crlf ? "\r\n" : "\n");
  if (random.chance(0.8)) text += style.crlf ? "\r\n" : "\n";
  if (style.precomposedNukta) text = text.replace(/([कखगजडढफय])\u093C/g, (_, base: string) => PRECOMPOSED[base]!);
  if (style.bom) text = `\uFEFF${text}`;

  const expected: ParsedWireCopy = {
    headline,
    dateline: datelined.value,
    blocks: blocks.map((block, position) => ({
      type: block.type,
      text: position === 0 ? block.text.slice(datelined.prefix.length) : block.text,
    })),
    byline: spelledByline,
    boilerplate: boilerplate.length > 0 ? boilerplate.join("\n") : null,
  };
  return { fileName: wireCopyFileName(index, numberWidth, expected.headline), text, sectionSlug: section.slug, expected };
}
