import { describe, expect, it } from "vitest";
import { parseWireCopy } from "@/lib/wire/parseWireCopy";
import * as commonVocabulary from "./commonVocabulary";
import { composeWireCopy, type GeneratedWireCopy } from "./composeWireCopy";
import { unknownSlots } from "./fillTemplate";
import { SECTIONS } from "./sectionVocabulary";

const SEED = "kd-wire";
const sample = (count: number, seed = SEED): GeneratedWireCopy[] => Array.from({ length: count }, (_, index) => composeWireCopy(seed, index));
const copies = sample(2000);

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe("composeWireCopy", () => {
  it("gives the same copy, byte for byte, for the same seed and number", () => {
    const again = sample(200);
    expect(again.map((copy) => copy.text)).toEqual(copies.slice(0, 200).map((copy) => copy.text));
    expect(again.map((copy) => copy.fileName)).toEqual(copies.slice(0, 200).map((copy) => copy.fileName));
  });

  it("gives other copies for another seed", () => {
    const other = sample(50, "another-seed");
    const same = other.filter((copy, index) => copy.text === copies[index]!.text);
    expect(same).toHaveLength(0);
  });

  it("names files by number and headline in Latin letters", () => {
    expect(copies[0]!.fileName).toMatch(/^00001-[a-z0-9-]+\.txt$/);
    expect(composeWireCopy(SEED, 99_999, 6).fileName).toMatch(/^100000-[a-z0-9-]+\.txt$/);
  });

  it("writes copies that the wire parser reads exactly as intended: headline, dateline, blocks, byline, boilerplate", () => {
    for (const copy of copies.slice(0, 500)) {
      const parsed = parseWireCopy(copy.text);
      expect(parsed, copy.fileName).toEqual(copy.expected);
      expect(parsed.headline.length).toBeGreaterThan(0);
      const paragraphs = parsed.blocks.filter((block) => block.type === "paragraph").length;
      expect(paragraphs, copy.fileName).toBeGreaterThanOrEqual(4);
      expect(paragraphs, copy.fileName).toBeLessThanOrEqual(12);
    }
  });

  it("covers all nine sections", () => {
    expect(new Set(copies.map((copy) => copy.sectionSlug))).toEqual(new Set(SECTIONS.map((section) => section.slug)));
  });

  it("uses every dateline form the format allows", () => {
    const datelines = copies.map((copy) => ({ value: copy.expected.dateline, opening: copy.text.replace(/^\uFEFF?\s*/, "").split(/\r?\n/).find((line, i) => i > 0 && line.trim() !== "") ?? "" }));
    expect(datelines.some(({ value }) => value === null)).toBe(true);
    expect(datelines.some(({ value }) => value !== null && value.day === null)).toBe(true);
    expect(datelines.some(({ value }) => value?.year !== null && value?.year !== undefined)).toBe(true);
    expect(datelines.some(({ value }) => value?.day !== null && value?.year === null)).toBe(true);
    for (const agency of ["आईएएनएस", "भाषा", "एजेंसी"]) expect(datelines.some(({ value }) => value?.agency === agency)).toBe(true);
    expect(datelines.some(({ opening }) => /^[^,]+, [०-९]+ /.test(opening))).toBe(true);
    expect(datelines.some(({ opening }) => /^[^,]+, \S+ फ़रवरी/.test(opening))).toBe(true);
    expect(datelines.some(({ opening }) => /^[^,]+, \S+ फरवरी/.test(opening))).toBe(true);
    expect(datelines.some(({ opening }) => /^[^,:]+:/.test(opening))).toBe(true);
    expect(datelines.some(({ opening }) => / ।/.test(opening.slice(0, 40)))).toBe(true);
  });

  it("uses the common byline forms and sometimes none, with boilerplate after some of them", () => {
    const bylines = copies.map((copy) => copy.expected.byline);
    expect(bylines).toContain(null);
    expect(bylines).toContain("ब्यूरो रिपोर्ट");
    expect(bylines).toContain("एजेंसी");
    for (const form of [/ की रिपोर्ट$/, /^संवाददाता: /, /^— रिपोर्ट: /, /^\S+ ब्यूरो रिपोर्ट$/, /^इनपुट: /]) {
      expect(bylines.some((byline) => byline !== null && form.test(byline)), String(form)).toBe(true);
    }
    expect(copies.some((copy) => copy.expected.boilerplate !== null)).toBe(true);
    expect(copies.some((copy) => copy.expected.blocks.some((block) => block.type === "subheading"))).toBe(true);
  });

  it("imitates senders: BOM, CRLF, extra blank lines, precomposed nukta, nukta-less and anusvara spellings, hard wraps", () => {
    const texts = copies.map((copy) => copy.text);
    expect(texts.some((text) => text.startsWith("\uFEFF"))).toBe(true);
    expect(texts.some((text) => text.includes("\r\n"))).toBe(true);
    expect(texts.some((text) => text.trimEnd().split(/\r?\n/).filter((line) => line.trim() === "").length >= 3)).toBe(true);
    expect(texts.some((text) => /[\u0958-\u095F]/.test(text))).toBe(true);
    expect(texts.some((text) => text.includes("\u200B"))).toBe(true);
    expect(texts.some((text) => text.includes("पहुंच"))).toBe(true);
    expect(texts.some((text) => text.includes("पहुँच"))).toBe(true);
    expect(texts.some((text) => text.includes("जरूरी") || text.includes("ज़रूरी"))).toBe(true);
    // A hard-wrapped paragraph has more lines than blocks, and its first part ends without punctuation.
    const wrapped = copies.filter((copy) => {
      const lines = copy.text.split(/\r?\n/).filter((line) => line.trim() !== "").length;
      const expected = 1 + copy.expected.blocks.length + (copy.expected.byline === null ? 0 : 1) + (copy.expected.boilerplate?.split("\n").length ?? 0);
      return lines > expected;
    });
    expect(wrapped.length).toBeGreaterThan(20);
    expect(wrapped.some((copy) => ["राजनीतिक", "राष्ट्रीय", "स्थानीय", "सामाजिक", "आधिकारिक"].some((word) => copy.expected.blocks.some((block) => block.text.includes(word)) && !copy.text.includes(word)))).toBe(true);
  });

  it("has common words in most copies and a long tail of words found in only a few", () => {
    const documentFrequency = new Map<string, number>();
    for (const copy of copies) {
      const words = new Set(strings(copy.expected).join(" ").split(/[\s,।.“”‘’:()]+/).filter(Boolean));
      for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    const frequencies = [...documentFrequency.values()];
    expect(documentFrequency.get("के")!).toBeGreaterThan(copies.length * 0.9);
    expect(frequencies.filter((count) => count > copies.length * 0.1).length).toBeGreaterThan(30);
    expect(frequencies.filter((count) => count <= 3).length).toBeGreaterThan(500);
  });

  it("only fills slots it knows, in every template", () => {
    const shared = [...commonVocabulary.GENERAL_SENTENCES, ...commonVocabulary.QUOTE_FRAMES];
    for (const section of SECTIONS) {
      const templates = [...shared, ...section.sentences, ...section.kinds.flatMap((kind) => [...kind.sentences, ...kind.openings.flatMap((opening) => [...opening.headlines, ...opening.leads])])];
      for (const template of templates) expect(unknownSlots(template, section), `${section.slug}: ${template}`).toEqual([]);
    }
  });

  it("keeps its word lists in NFC, so that generated text needs no normalising", () => {
    for (const text of [...strings(Object.values(commonVocabulary)), ...strings(SECTIONS)]) expect(text).toBe(text.normalize("NFC"));
  });
});
