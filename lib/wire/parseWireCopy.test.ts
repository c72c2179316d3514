import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseWireCopy, WireParseError, type ParsedWireCopy } from "./parseWireCopy";

// Shared test data, read in place (never copied into the project).
const CORPUS_DIR = fileURLToPath(new URL("../../../shared/corpus/wire/", import.meta.url));

type IndexEntry = {
  file: string;
  category: string;
  headline: string;
  dateline_place: string | null;
  dateline_day: number | null;
  dateline_month: number | null;
  dateline_year: number | null;
  agency: string | null;
  byline: string | null;
  paragraph_count: number;
  has_boilerplate: boolean;
};

const readCorpusFile = (file: string) => readFileSync(CORPUS_DIR + file, "utf8");
const index: IndexEntry[] = JSON.parse(readCorpusFile("index.json"));

// index.json, like the copies, contains precomposed nukta letters.
const nfc = (text: string | null) => text?.normalize("NFC") ?? null;
const texts = (copy: ParsedWireCopy) => copy.blocks.map((block) => block.text);
const copyOf = (...lines: string[]) => lines.join("\n");
const HEADLINE = "बाढ़ से कई गाँव प्रभावित";

function summarise(copy: ParsedWireCopy) {
  return {
    headline: copy.headline,
    place: copy.dateline?.place ?? null,
    day: copy.dateline?.day ?? null,
    month: copy.dateline?.month ?? null,
    year: copy.dateline?.year ?? null,
    agency: copy.dateline?.agency ?? null,
    byline: copy.byline,
    // index.json's paragraph_count counts every body block, subheadings included:
    // 03 has six paragraphs plus the subheading "क्या है नया नियम" and is listed as 7.
    paragraphCount: copy.blocks.length,
    hasBoilerplate: copy.boilerplate !== null,
  };
}

function expectedSummary(entry: IndexEntry) {
  return {
    headline: nfc(entry.headline),
    place: nfc(entry.dateline_place),
    day: entry.dateline_day,
    month: entry.dateline_month,
    year: entry.dateline_year,
    agency: nfc(entry.agency),
    byline: nfc(entry.byline),
    paragraphCount: entry.paragraph_count,
    hasBoilerplate: entry.has_boilerplate,
  };
}

describe("the demo copies listed in index.json", () => {
  it("cover all thirty files", () => {
    expect(index).toHaveLength(30);
  });

  for (const entry of index) {
    it(`${entry.category}: “${nfc(entry.headline)}” reads as index.json lists it`, () => {
      expect(summarise(parseWireCopy(readCorpusFile(entry.file)))).toEqual(expectedSummary(entry));
    });
  }

  it("come out in NFC, with precomposed nukta letters such as ज़ spelled as letter plus nukta", () => {
    for (const file of ["00-putin-kim-nimantran.txt", ...index.map((entry) => entry.file)]) {
      const copy = parseWireCopy(readCorpusFile(file));
      const allText = [copy.headline, copy.byline ?? "", ...texts(copy)].join("\n");
      expect(allText, file).toBe(allText.normalize("NFC"));
      expect(allText, file).not.toMatch(/[\u0958-\u095F]/);
    }
  });
});

describe("the portal's first article: Putin accepts Kim's invitation", () => {
  const copy = parseWireCopy(readCorpusFile("00-putin-kim-nimantran.txt"));

  it("is datelined Pyongyang, 14 September, with no year and no agency", () => {
    expect(copy.dateline).toEqual({ place: "प्योंगयांग", day: 14, month: 9, year: null, agency: null });
    expect(copy.blocks[0]?.text.startsWith("रूसी राष्ट्रपति व्लादिमीर पुतिन")).toBe(true);
  });

  it("is signed “सियासी मीयर की रिपोर्ट” and the site footer is dropped", () => {
    expect(copy.byline).toBe("सियासी मीयर की रिपोर्ट");
    expect(copy.boilerplate).toBe("Siyasi Miyar | News & information Portal Latest News & Information Portal");
    expect(texts(copy).some((text) => text.includes("Siyasi Miyar"))).toBe(false);
  });

  it("does not mistake “योनहाप समाचार एजेंसी की रिपोर्ट के अनुसार” for a byline", () => {
    expect(texts(copy).some((text) => text.startsWith("योनहाप समाचार एजेंसी की रिपोर्ट के अनुसार"))).toBe(true);
  });

  it("mends “वास्त / विक” into “वास्तविक” when the line was wrapped inside the word", () => {
    expect(texts(copy).some((text) => text.includes("वास्तविक अंतरराष्ट्रीय न्याय"))).toBe(true);
    expect(texts(copy).some((text) => text.includes("वास्त ") || text.endsWith("वास्त"))).toBe(false);
    expect(copy.blocks).toHaveLength(14);
    expect(copy.blocks.every((block) => block.type === "paragraph")).toBe(true);
  });
});

describe("a copy as it arrives from an agency", () => {
  it("reads a file that starts with a byte-order mark", () => {
    const copy = parseWireCopy(`\uFEFF${HEADLINE}\nपटना, 3 अगस्त। नदी का जलस्तर बढ़ा है।`);
    expect(copy.headline).toBe(HEADLINE);
    expect(copy.dateline?.place).toBe("पटना");
  });

  it("reads Windows line ends (CRLF) and old Mac ones (CR)", () => {
    for (const lineEnd of ["\r\n", "\r"]) {
      const copy = parseWireCopy([HEADLINE, "पटना, 3 अगस्त। नदी का जलस्तर बढ़ा है।", "राहत शिविर खोले गए हैं।", ""].join(lineEnd));
      expect(copy.headline).toBe(HEADLINE);
      expect(texts(copy)).toEqual(["नदी का जलस्तर बढ़ा है।", "राहत शिविर खोले गए हैं।"]);
    }
  });

  it("skips extra blank lines before, between and after the paragraphs", () => {
    const copy = parseWireCopy(copyOf("", "", HEADLINE, "", "", "पटना, 3 अगस्त। नदी का जलस्तर बढ़ा है।", "", "", "", "राहत शिविर खोले गए हैं।", "", ""));
    expect(copy.headline).toBe(HEADLINE);
    expect(texts(copy)).toEqual(["नदी का जलस्तर बढ़ा है।", "राहत शिविर खोले गए हैं।"]);
  });

  it("drops trailing spaces and tabs, and squeezes runs of spaces inside a line", () => {
    const copy = parseWireCopy(copyOf(`${HEADLINE} \t `, "पटना, 3 अगस्त।  नदी का   जलस्तर बढ़ा है। \u00A0 ", "ब्यूरो रिपोर्ट   "));
    expect(copy.headline).toBe(HEADLINE);
    expect(texts(copy)).toEqual(["नदी का जलस्तर बढ़ा है।"]);
    expect(copy.byline).toBe("ब्यूरो रिपोर्ट");
  });

  it("reads a dateline written in Western digits with a year, नई दिल्ली, 5 जनवरी 2024", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "नई दिल्ली, 5 जनवरी 2024 । संसद का सत्र शुरू हुआ।"));
    expect(copy.dateline).toEqual({ place: "नई दिल्ली", day: 5, month: 1, year: 2024, agency: null });
    expect(texts(copy)).toEqual(["संसद का सत्र शुरू हुआ।"]);
  });

  it("reads a dateline without a year, leaving the year to the importer", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "पटना, 3 अगस्त। नदी का जलस्तर बढ़ा है।"));
    expect(copy.dateline).toEqual({ place: "पटना", day: 3, month: 8, year: null, agency: null });
  });

  it.each(["आईएएनएस", "भाषा", "एजेंसी"])("takes the agency in brackets, (%s), out of the dateline", (agency) => {
    const copy = parseWireCopy(copyOf(HEADLINE, `पटना, 3 अगस्त (${agency}) । नदी का जलस्तर बढ़ा है।`));
    expect(copy.dateline).toEqual({ place: "पटना", day: 3, month: 8, year: null, agency });
    expect(texts(copy)).toEqual(["नदी का जलस्तर बढ़ा है।"]);
  });

  it("reads a dateline with a year and an agency, and a danda straight after the bracket", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "पटना, २१ जुलाई २०२४ (भाषा)। गंगा खतरे के निशान से ऊपर है।"));
    expect(copy.dateline).toEqual({ place: "पटना", day: 21, month: 7, year: 2024, agency: "भाषा" });
  });

  it("takes a place with an agency but no date, कोलकाता (भाषा) ।, as a dateline", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "कोलकाता (भाषा) । सुबह से बारिश हो रही है।"));
    expect(copy.dateline).toEqual({ place: "कोलकाता", day: null, month: null, year: null, agency: "भाषा" });
  });

  it("accepts 29 फरवरी without a year, since a leap year may be meant", () => {
    expect(parseWireCopy(copyOf(HEADLINE, "पटना, 29 फरवरी। बैठक हुई।")).dateline).toMatchObject({ day: 29, month: 2, year: null });
    expect(parseWireCopy(copyOf(HEADLINE, "पटना, 29 फरवरी 2024। बैठक हुई।")).dateline).toMatchObject({ day: 29, month: 2, year: 2024 });
  });

  it.each(["पटना, 31 अप्रैल। बैठक हुई।", "पटना, 29 फरवरी 2023। बैठक हुई।", "पटना, 0 मई। बैठक हुई।", "पटना, 5 माघ। बैठक हुई।"])(
    "does not take a date that is not in the calendar as a dateline: “%s” stays in the text",
    (paragraph) => {
      const copy = parseWireCopy(copyOf(HEADLINE, paragraph));
      expect(copy.dateline).toBeNull();
      expect(texts(copy)).toEqual([paragraph]);
    },
  );

  it("reads a dateline written in Devanagari digits, पटना, २१ जुलाई २०२४", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "पटना, २१ जुलाई २०२४ । गंगा खतरे के निशान से ऊपर है।"));
    expect(copy.dateline).toEqual({ place: "पटना", day: 21, month: 7, year: 2024, agency: null });
    expect(texts(copy)).toEqual(["गंगा खतरे के निशान से ऊपर है।"]);
  });

  it.each([
    ["फ\u093Cरवरी (nukta as a separate mark)", "फ\u093Cरवरी", 2],
    ["\u095Eरवरी (precomposed nukta letter)", "\u095Eरवरी", 2],
    ["फरवरी (no nukta)", "फरवरी", 2],
    ["अक्टूबर", "अक्टूबर", 10],
    ["अक्तूबर", "अक्तूबर", 10],
    ["सितंबर", "सितंबर", 9],
    ["सितम्बर", "सितम्बर", 9],
    ["नवंबर", "नवंबर", 11],
    ["नवम्बर", "नवम्बर", 11],
    ["दिसंबर", "दिसंबर", 12],
    ["दिसम्बर", "दिसम्बर", 12],
  ])("understands the month spelled %s", (_label, month, expected) => {
    const copy = parseWireCopy(copyOf(HEADLINE, `जयपुर, 5 ${month}। बैठक हुई।`));
    expect(copy.dateline?.month).toBe(expected);
  });

  it.each(["कोलकाता: सुबह से बारिश हो रही है।", "कोलकाता । सुबह से बारिश हो रही है।"])(
    "takes “%s” as a dateline with a place but no date",
    (paragraph) => {
      const copy = parseWireCopy(copyOf(HEADLINE, paragraph));
      expect(copy.dateline).toEqual({ place: "कोलकाता", day: null, month: null, year: null, agency: null });
      expect(texts(copy)).toEqual(["सुबह से बारिश हो रही है।"]);
    },
  );

  it("takes a place that is also a common word as a dateline when an agency in brackets follows it", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "गया (आईएएनएस)। फल्गु नदी का जलस्तर बढ़ गया है।"));
    expect(copy.dateline).toEqual({ place: "गया", day: null, month: null, year: null, agency: "आईएएनएस" });
    expect(texts(copy)).toEqual(["फल्गु नदी का जलस्तर बढ़ गया है।"]);
  });

  it("reads a dateline that stands on a line of its own", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "कोलकाता, 5 मई ।", "सुबह से बारिश हो रही है।"));
    expect(copy.dateline).toEqual({ place: "कोलकाता", day: 5, month: 5, year: null, agency: null });
    expect(texts(copy)).toEqual(["सुबह से बारिश हो रही है।"]);
  });

  it.each(["सुबह से बारिश हो रही है। नदियाँ उफान पर हैं।", "बारिश जारी है। नदियाँ उफान पर हैं।", "उन्होंने कहा: राहत जारी है।"])(
    "leaves an opening sentence without a dateline untouched: “%s”",
    (paragraph) => {
      const copy = parseWireCopy(copyOf(HEADLINE, paragraph));
      expect(copy.dateline).toBeNull();
      expect(texts(copy)).toEqual([paragraph]);
    },
  );

  it.each([
    ["an empty file", ""],
    ["a file of blank lines", "  \r\n\n\t\n"],
    ["a file of invisible characters", "\uFEFF\u200B\n"],
  ])("refuses %s with a WireParseError", (_label, text) => {
    expect(() => parseWireCopy(text)).toThrow(WireParseError);
    expect(() => parseWireCopy(text)).toThrow(/Cannot parse wire copy/);
  });

  it("drops stray zero-width spaces but keeps ZWJ/ZWNJ inside Devanagari words", () => {
    const zwnjWord = "क्\u200Cष";
    const copy = parseWireCopy(copyOf(HEADLINE, `लख\u200Bनऊ, 2 मई। ${zwnjWord} शब्द बचा रहा\u200D, पर खाली जगह\u200B साफ़ हुई।`));
    expect(copy.dateline?.place).toBe("लखनऊ");
    expect(texts(copy)).toEqual([`${zwnjWord} शब्द बचा रहा, पर खाली जगह साफ़ हुई।`.normalize("NFC")]);
  });

  it("treats a short line without a danda as a subheading", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "गया, 9 जून। बैठक हुई।", "क्या करें, क्या न करें", "घर से कम निकलें।"));
    expect(copy.blocks).toEqual([
      { type: "paragraph", text: "बैठक हुई।" },
      { type: "subheading", text: "क्या करें, क्या न करें" },
      { type: "paragraph", text: "घर से कम निकलें।" },
    ]);
  });
});

describe("the byline at the foot of the copy", () => {
  it.each([
    "सियासी मीयर की रिपोर्ट",
    "ब्यूरो रिपोर्ट",
    "संवाददाता: अमित सहगल",
    "— रिपोर्ट: नीरज अवस्थी",
    "—रिपोर्ट: नीरज अवस्थी",
    "रिपोर्ट: नीरज अवस्थी",
    "पटना ब्यूरो रिपोर्ट",
    "एजेंसी",
    "एजेंसियां",
    "इनपुट: एजेंसी",
  ])("recognises “%s” as the byline", (byline) => {
    const copy = parseWireCopy(copyOf(HEADLINE, "बैठक हुई।", byline));
    expect(copy.byline).toBe(byline);
    expect(texts(copy)).toEqual(["बैठक हुई।"]);
  });

  it("puts the site footer after the byline into boilerplate, not into the article", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "बैठक हुई।", "ब्यूरो रिपोर्ट", "Siyasi Miyar | News & information Portal"));
    expect(copy.byline).toBe("ब्यूरो रिपोर्ट");
    expect(copy.boilerplate).toBe("Siyasi Miyar | News & information Portal");
    expect(texts(copy)).toEqual(["बैठक हुई।"]);
  });

  it("drops two lines of site footer after the byline", () => {
    const footer = ["Siyasi Miyar | News & information Portal", "© सर्वाधिकार सुरक्षित"];
    const copy = parseWireCopy(copyOf(HEADLINE, "बैठक हुई।", "संवाददाता: अमित सहगल", ...footer));
    expect(copy.byline).toBe("संवाददाता: अमित सहगल");
    expect(copy.boilerplate).toBe(footer.join("\n"));
    expect(texts(copy)).toEqual(["बैठक हुई।"]);
  });

  it("finds no byline in a copy that ends with its last paragraph", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, "बैठक हुई।", "फैसले कल होंगे।"));
    expect(copy.byline).toBeNull();
    expect(copy.boilerplate).toBeNull();
    expect(texts(copy)).toEqual(["बैठक हुई।", "फैसले कल होंगे।"]);
  });

  it("keeps “समिति की रिपोर्ट” as a subheading when the article goes on after it", () => {
    const copy = parseWireCopy(
      copyOf(HEADLINE, "बैठक हुई।", "समिति की रिपोर्ट", "सड़कें ख़राब हैं।", "मरम्मत होगी।", "बजट तय है।"),
    );
    expect(copy.byline).toBeNull();
    expect(copy.blocks[1]).toEqual({ type: "subheading", text: "समिति की रिपोर्ट" });
    expect(copy.blocks).toHaveLength(5);
  });

  it("keeps a closing paragraph that quotes “समिति की रिपोर्ट के अनुसार” in the article", () => {
    const last = "समिति की रिपोर्ट के अनुसार, सड़कें जल्द ठीक होंगी।";
    const copy = parseWireCopy(copyOf(HEADLINE, "बैठक हुई।", last));
    expect(copy.byline).toBeNull();
    expect(texts(copy)).toEqual(["बैठक हुई।", last]);
  });
});

describe("a paragraph hard-wrapped across two lines", () => {
  const longStart = "मुख्यमंत्री ने शुक्रवार को राहत शिविरों का दौरा किया और अधिकारियों को निर्देश दिया कि प्रभावित परिवारों को";

  it("is joined with a space when the break falls between words", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, longStart, "तुरंत सहायता दी जाए।"));
    expect(texts(copy)).toEqual([`${longStart} तुरंत सहायता दी जाए।`]);
  });

  it("is joined without a space when the next line opens with a vowel sign", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, `${longStart} तुरंत सहायता दी जाए और लोग घरों में रह`, "ें।"));
    expect(texts(copy)).toEqual([`${longStart} तुरंत सहायता दी जाए और लोग घरों में रहें।`]);
  });

  it("is joined without a space when the line stops on a half letter (virama)", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, `${longStart} तुरंत सहायता दी जाए और प्रशासन सतर्`, "क रहे।"));
    expect(texts(copy)).toEqual([`${longStart} तुरंत सहायता दी जाए और प्रशासन सतर्क रहे।`]);
  });

  it("is joined without a space when a short fragment completes a word such as सामाजिक", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, `${longStart} सामाजि`, "क सुरक्षा दी जाए।"));
    expect(texts(copy)).toEqual([`${longStart} सामाजिक सुरक्षा दी जाए।`]);
  });

  it("keeps the space before a real word like अधिक even though it ends like a suffix", () => {
    const copy = parseWireCopy(copyOf(HEADLINE, `${longStart} पहले से कहीं`, "अधिक सहायता दी जाए।"));
    expect(texts(copy)).toEqual([`${longStart} पहले से कहीं अधिक सहायता दी जाए।`]);
  });
});
