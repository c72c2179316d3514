import { describe, expect, it } from "vitest";
import { normalizeLine, normalizeText } from "./normalize";

const PRECOMPOSED_ZARURI = "\u095Bरूरी"; // ज़ as one code point (U+095B)
const DECOMPOSED_ZARURI = "\u091C\u093Cरूरी"; // ज + nukta

describe("normalizeText", () => {
  it("gives both spellings of ज़रूरी the same string (base letter + nukta)", () => {
    expect(normalizeText(PRECOMPOSED_ZARURI)).toBe(normalizeText(DECOMPOSED_ZARURI));
    expect(normalizeText(PRECOMPOSED_ZARURI)).toBe(DECOMPOSED_ZARURI);
  });

  it("composes Latin letters with combining accents (NFC)", () => {
    expect(normalizeText("cafe\u0301")).toBe("caf\u00E9");
  });

  it("drops zero-width spaces and byte-order marks everywhere, even inside Devanagari words", () => {
    expect(normalizeText("\uFEFFभा\u200Bरत\u200B")).toBe("भारत");
  });

  it("keeps ZWJ and ZWNJ between two Devanagari characters, where they select half-forms", () => {
    expect(normalizeText("क्\u200Dष")).toBe("क्\u200Dष");
    expect(normalizeText("र्\u200Cय")).toBe("र्\u200Cय");
  });

  it("drops ZWJ and ZWNJ at word edges and next to non-Devanagari characters", () => {
    expect(normalizeText("\u200Dभारत\u200C की")).toBe("भारत की");
    expect(normalizeText("a\u200Cb \u200D\u200Dभारत")).toBe("ab भारत");
  });

  it("converts CRLF and lone CR line breaks to LF", () => {
    expect(normalizeText("पहली\r\nदूसरी\rतीसरी")).toBe("पहली\nदूसरी\nतीसरी");
  });

  it("trims surrounding whitespace but keeps inner spacing and line breaks", () => {
    expect(normalizeText("  \n पहली  पंक्ति\n\nदूसरी \t")).toBe("पहली  पंक्ति\n\nदूसरी");
  });

  it("is idempotent", () => {
    const messy = " \uFEFFज\u093Cरूरी\u200B ख़बर\r\n";
    expect(normalizeText(normalizeText(messy))).toBe(normalizeText(messy));
  });
});

describe("normalizeLine", () => {
  it("collapses spaces, tabs, line breaks and no-break spaces into single spaces", () => {
    expect(normalizeLine(" मोदी \t ने\r\n\u00A0कहा ")).toBe("मोदी ने कहा");
  });

  it("applies everything normalizeText does", () => {
    expect(normalizeLine("\u200B" + PRECOMPOSED_ZARURI + "  क्\u200Dष ")).toBe(DECOMPOSED_ZARURI + " क्\u200Dष");
  });
});
