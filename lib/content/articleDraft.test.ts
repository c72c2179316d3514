import { describe, expect, it } from "vitest";
import { articleDraftInput } from "@/lib/testing/articleDraftInput";
import { type ArticleDraftInput, articleDraftSchema, autosaveDraftSchema, editorDraftFrom } from "./articleDraft";

function draft(overrides: Partial<ArticleDraftInput> = {}): ArticleDraftInput {
  return articleDraftInput({
    headline: "मानसून ने केरल में दस्तक दी",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "मौसम विभाग ने बताया।" }] }] },
    ...overrides,
  });
}

function errorsOf(input: ArticleDraftInput) {
  const result = articleDraftSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("an article draft as the newsroom saves it", () => {
  it("stores a headline typed with a decomposed nukta in NFC, whichever spelling the keyboard produced", () => {
    const decomposed = "\u0928\u093C\u092F\u093E \u091C\u093C\u092E\u093E\u0928\u093E"; // न + ़ … ज + ़ …
    const precomposed = "\u0929\u092F\u093E \u095B\u092E\u093E\u0928\u093E"; // ऩ … ज़ as single code points
    const a = articleDraftSchema.parse(draft({ headline: decomposed }));
    const b = articleDraftSchema.parse(draft({ headline: precomposed }));
    expect(a.headline).toBe(b.headline);
    expect(a.headline).toBe(decomposed.normalize("NFC"));
    expect(a.headline.normalize("NFC")).toBe(a.headline);
  });

  it("normalises every text field, the body and the tags, and drops zero-width debris", () => {
    const parsed = articleDraftSchema.parse(
      draft({
        headline: "  \u200Bबजट   2025 \n",
        standfirst: "किसानों\u00A0के लिए\nक्या है",
        body: { version: 1, blocks: [{ type: "subheading", text: "\u095Bरूरी बातें" }] },
        tags: [" बजट ", "बजट", "\uFEFFकिसान"],
        agency: "  भाषा ",
      }),
    );
    expect(parsed.headline).toBe("बजट 2025");
    expect(parsed.standfirst).toBe("किसानों के लिए क्या है");
    expect(parsed.body.blocks).toEqual([{ type: "subheading", text: "\u091C\u093Cरूरी बातें" }]);
    expect(parsed.tags).toEqual(["बजट", "किसान"]);
    expect(parsed.agency).toBe("भाषा");
  });

  it("turns empty optional fields into nothing rather than empty strings", () => {
    const parsed = articleDraftSchema.parse(draft({ agency: " ", metaTitle: "", bylineText: "\u200B" }));
    expect(parsed.agency).toBeNull();
    expect(parsed.metaTitle).toBeNull();
    expect(parsed.bylineText).toBeNull();
  });

  it("refuses an empty headline and fields over their length", () => {
    expect(errorsOf(draft({ headline: " \u200B " }))).toEqual({ headline: "required" });
    expect(errorsOf(draft({ headline: "क".repeat(251) }))).toEqual({ headline: "tooLong" });
    expect(errorsOf(draft({ metaDescription: "a".repeat(201) }))).toEqual({ metaDescription: "tooLong" });
    expect(errorsOf(draft({ tags: Array.from({ length: 21 }, (_, i) => `टैग ${i}`) }))).toEqual({ tags: "tooMany" });
  });

  it("accepts a dateline with place only, or with day and month, or with day, month and year", () => {
    expect(errorsOf(draft({ datelinePlace: "पटना" }))).toEqual({});
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 14, datelineMonth: 9 }))).toEqual({});
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 29, datelineMonth: 2 }))).toEqual({});
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 29, datelineMonth: 2, datelineYear: 2024 }))).toEqual({});
  });

  it("refuses a dateline day without a month, a date that does not exist, and a date without a place", () => {
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 14 }))).toEqual({ datelineMonth: "datelineDayMonth" });
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineMonth: 9 }))).toEqual({ datelineDay: "datelineDayMonth" });
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineYear: 2024 }))).toEqual({ datelineDay: "datelineDayMonth" });
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 31, datelineMonth: 4 }))).toEqual({ datelineDay: "datelineDate" });
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 29, datelineMonth: 2, datelineYear: 2023 }))).toEqual({ datelineDay: "datelineDate" });
    expect(errorsOf(draft({ datelinePlace: "पटना", datelineDay: 14, datelineMonth: 13 }))).toEqual({ datelineMonth: "datelineDate" });
    expect(errorsOf(draft({ datelineDay: 14, datelineMonth: 9 }))).toEqual({ datelinePlace: "datelinePlace" });
  });

  it("lower-cases a typed slug and refuses one with spaces or Devanagari", () => {
    expect(articleDraftSchema.parse(draft({ slug: " Budget-2025 " })).slug).toBe("budget-2025");
    expect(errorsOf(draft({ slug: "budget 2025" }))).toEqual({ slug: "slugFormat" });
    expect(errorsOf(draft({ slug: "बजट" }))).toEqual({ slug: "slugFormat" });
    expect(errorsOf(draft({ slug: "-budget" }))).toEqual({ slug: "slugFormat" });
  });

  it("keeps site links in the body and refuses a body sent with a javascript: link", () => {
    const link = (href: string) => draft({ body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "यहाँ", href }, { text: " देखें" }] }] } });
    expect(articleDraftSchema.parse(link("/desh/x-1")).body.blocks[0]).toEqual({ type: "paragraph", content: [{ text: "यहाँ", href: "/desh/x-1" }, { text: " देखें" }] });
    expect(Object.keys(errorsOf(link("javascript:alert(1)")))[0]).toMatch(/^body\./);
  });
});

describe("an autosave of half-written work", () => {
  it("keeps a draft with no headline, no section and a day without a month, normalised", () => {
    const parsed = autosaveDraftSchema.parse(draft({ headline: "", sectionId: null as unknown as number, datelineDay: 5, standfirst: "\u095Bरा" }));
    expect(parsed.headline).toBe("");
    expect(parsed.sectionId).toBeNull();
    expect(parsed.datelineDay).toBe(5);
    expect(parsed.standfirst).toBe("\u091C\u093Cरा");
  });

  it("opens as the same form it was saved from", () => {
    const saved = autosaveDraftSchema.parse(draft({ tags: ["खेल"], authorIds: [2, 3], datelinePlace: "पुणे" }));
    expect(editorDraftFrom(saved)).toEqual(saved);
  });

  it("opens a stored revision with nulls as empty form fields", () => {
    const form = editorDraftFrom({ ...draft(), agency: null, metaTitle: null, body: { not: "a document" } });
    expect(form.agency).toBe("");
    expect(form.metaTitle).toBe("");
    expect(form.body).toEqual({ version: 1, blocks: [] });
  });
});
