import { describe, expect, it } from "vitest";
import { type ArticleDocument, parseArticleDocument } from "./document";
import { documentToTiptap, embedFromUrl, normalizeDocument, safeLink, type TiptapMark, type TiptapNode, tiptapToDocument } from "./tiptapDocument";

const story: ArticleDocument = {
  version: 1,
  blocks: [
    {
      type: "paragraph",
      content: [
        { text: "प्रधानमंत्री ने " },
        { text: "मंगलवार", bold: true },
        { text: " को " },
        { text: "संसद", italic: true, href: "https://sansad.in/ls" },
        { text: " में कहा कि " },
        { text: "बजट", bold: true, italic: true },
        { text: " समय पर आएगा।" },
      ],
    },
    { type: "subheading", text: "विपक्ष की प्रतिक्रिया" },
    { type: "quote", text: "यह बजट किसानों के लिए नहीं है।\nहम सदन में सवाल उठाएँगे।", attribution: "नेता प्रतिपक्ष" },
    { type: "list", ordered: false, items: [[{ text: "पहला बिंदु" }], [{ text: "दूसरा " }, { text: "बिंदु", bold: true }]] },
    { type: "list", ordered: true, items: [[{ text: "एक" }], [{ text: "दो", href: "/desh/do-42" }]] },
    { type: "image", mediaId: 7, alt: "संसद भवन", caption: "नई दिल्ली में संसद भवन" },
    { type: "image", mediaId: 8, alt: "बिना कैप्शन" },
    { type: "embed", provider: "youtube", url: "https://www.youtube.com/watch?v=abc123" },
    { type: "embed", provider: "x", url: "https://x.com/pib_india/status/1" },
    { type: "paragraph", content: [{ text: "संपर्क: " }, { text: "डेस्क", href: "mailto:desk@example.com" }] },
  ],
};

function doc(...content: TiptapNode[]): TiptapNode {
  return { type: "doc", content };
}

function p(...content: TiptapNode[]): TiptapNode {
  return { type: "paragraph", content };
}

function text(value: string, ...marks: TiptapMark[]): TiptapNode {
  return { type: "text", text: value, ...(marks.length ? { marks } : {}) };
}

describe("from the stored document to the editor and back", () => {
  it("brings every kind of block back unchanged: paragraphs with bold, italic and links, subheading, quote, lists, images, embeds", () => {
    const back = tiptapToDocument(documentToTiptap(story));
    expect(back).toEqual(story);
    expect(parseArticleDocument(back)).toEqual(story);
  });

  it("opens the editor with subheadings as level-2 headings and images with their file for display", () => {
    const editor = documentToTiptap(story, (id) => (id === 7 ? "/media/abc.jpg" : undefined));
    expect(editor.content![1]).toEqual({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "विपक्ष की प्रतिक्रिया" }] });
    expect(editor.content![5]!.attrs).toEqual({ mediaId: 7, alt: "संसद भवन", caption: "नई दिल्ली में संसद भवन", src: "/media/abc.jpg" });
  });

  it("gives an empty story one empty paragraph to type into, and stores it as no blocks", () => {
    const editor = documentToTiptap({ version: 1, blocks: [] });
    expect(editor).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(tiptapToDocument(editor)).toEqual({ version: 1, blocks: [] });
  });
});

describe("what the editor produces", () => {
  it("stores pasted Devanagari in NFC, whichever nukta spelling the browser sent", () => {
    const precomposed = "\u095Bरूरी"; // ज़ as one code point
    const decomposedNa = "\u0928\u093C"; // न + nukta, which NFC composes to ऩ
    const result = tiptapToDocument(doc(p(text(`${precomposed} ${decomposedNa}`))));
    expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "\u091C\u093Cरूरी \u0929" }] }]);
  });

  it("drops zero-width debris but keeps the joiner that makes a half-form", () => {
    const result = tiptapToDocument(doc(p(text("\u200Bक्\u200Dष\uFEFF"))));
    expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "क्\u200Dष" }] }]);
  });

  it("removes javascript:, data: and protocol-relative links but keeps their text", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example/", "/\\evil.example", "vbscript:x"]) {
      const result = tiptapToDocument(doc(p(text("पढ़ें "), text("यहाँ", { type: "link", attrs: { href } }))));
      expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "पढ़ें यहाँ" }] }]);
    }
  });

  it("drops empty paragraphs and headings, including ones holding only spaces or zero-width characters", () => {
    const result = tiptapToDocument(
      doc({ type: "paragraph" }, p(text("  \u200B ")), { type: "heading", attrs: { level: 2 } }, p(text("पाठ")), p({ type: "hardBreak" })),
    );
    expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "पाठ" }] }]);
  });

  it("joins runs cleanly: one space where two met, none at the ends, same-marked neighbours merged", () => {
    const result = tiptapToDocument(doc(p(text("  भारत "), text(" ने", { type: "bold" }), text(" ", { type: "bold" }), text("जीता   मैच  "))));
    expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "भारत " }, { text: "ने ", bold: true }, { text: "जीता मैच" }] }]);
  });

  it("turns a line break inside a paragraph into a space", () => {
    const result = tiptapToDocument(doc(p(text("पहली पंक्ति"), { type: "hardBreak" }, text("दूसरी पंक्ति"))));
    expect(result.blocks).toEqual([{ type: "paragraph", content: [{ text: "पहली पंक्ति दूसरी पंक्ति" }] }]);
  });

  it("keeps the text of nodes the site cannot show (tables, code) as paragraphs", () => {
    const table: TiptapNode = {
      type: "table",
      content: [{ type: "tableRow", content: [{ type: "tableCell", content: [p(text("सीटें: 240"))] }, { type: "tableCell", content: [p(text("वोट: 36%"))] }] }],
    };
    const code: TiptapNode = { type: "codeBlock", content: [text("print(1)")] };
    expect(tiptapToDocument(doc(table, code)).blocks).toEqual([
      { type: "paragraph", content: [{ text: "सीटें: 240" }] },
      { type: "paragraph", content: [{ text: "वोट: 36%" }] },
      { type: "paragraph", content: [{ text: "print(1)" }] },
    ]);
  });

  it("makes any heading level a subheading and a quote's dashed last line its attribution", () => {
    const result = tiptapToDocument(
      doc({ type: "heading", attrs: { level: 3 }, content: [text("मुख्य बातें")] }, { type: "blockquote", content: [p(text("हम जीतेंगे।")), p(text("– कप्तान"))] }),
    );
    expect(result.blocks).toEqual([
      { type: "subheading", text: "मुख्य बातें" },
      { type: "quote", text: "हम जीतेंगे।", attribution: "कप्तान" },
    ]);
  });

  it("flattens nested lists into the parent list, in reading order", () => {
    const nested: TiptapNode = {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(text("राज्य")), { type: "orderedList", content: [{ type: "listItem", content: [p(text("ज़िला"))] }] }] },
        { type: "listItem", content: [p()] },
      ],
    };
    expect(tiptapToDocument(doc(nested)).blocks).toEqual([{ type: "list", ordered: false, items: [[{ text: "राज्य" }], [{ text: "ज़िला".normalize("NFC") }]] }]);
  });

  it("keeps only images from the media library that have alt text", () => {
    const result = tiptapToDocument(
      doc(
        { type: "image", attrs: { src: "https://elsewhere.example/x.jpg", alt: "बाहरी" } },
        { type: "image", attrs: { mediaId: 3, alt: "" } },
        { type: "image", attrs: { mediaId: "4", alt: " मैदान ", caption: "" } },
      ),
    );
    expect(result.blocks).toEqual([{ type: "image", mediaId: 4, alt: "मैदान" }]);
  });

  it("keeps an embed only for https YouTube and X addresses; another address stays as text", () => {
    const result = tiptapToDocument(
      doc(
        { type: "embed", attrs: { provider: "youtube", url: "https://youtu.be/abc" } },
        { type: "embed", attrs: { provider: "x", url: "http://twitter.com/a/status/1" } },
        { type: "embed", attrs: { provider: "youtube", url: "https://evil.example/watch" } },
      ),
    );
    expect(result.blocks).toEqual([
      { type: "embed", provider: "youtube", url: "https://youtu.be/abc" },
      { type: "paragraph", content: [{ text: "http://twitter.com/a/status/1" }] },
      { type: "paragraph", content: [{ text: "https://evil.example/watch" }] },
    ]);
  });
});

describe("links and embeds the toolbar accepts", () => {
  it("accepts web, mail and site links and refuses scripts", () => {
    expect(safeLink(" https://example.com/a b ")).toBeUndefined();
    expect(safeLink("https://example.com/a")).toBe("https://example.com/a");
    expect(safeLink("HTTP://Example.com")).toBe("http://example.com/");
    expect(safeLink("mailto:desk@example.com")).toBe("mailto:desk@example.com");
    expect(safeLink("/desh/kuchh-42")).toBe("/desh/kuchh-42");
    expect(safeLink("javascript:alert(1)")).toBeUndefined();
    expect(safeLink("example.com")).toBeUndefined();
  });

  it("tells YouTube from X and refuses other hosts and plain http", () => {
    expect(embedFromUrl("https://www.youtube.com/watch?v=x")?.provider).toBe("youtube");
    expect(embedFromUrl("https://twitter.com/a/status/1")?.provider).toBe("x");
    expect(embedFromUrl("https://youtube.com.evil.example/x")).toBeUndefined();
    expect(embedFromUrl("http://youtu.be/x")).toBeUndefined();
    expect(embedFromUrl("not a url")).toBeUndefined();
  });
});

describe("normalizeDocument", () => {
  it("cleans a document that did not come through the editor", () => {
    const raw: ArticleDocument = {
      version: 1,
      blocks: [
        { type: "paragraph", content: [{ text: " \u095Bरूर " }, { text: "देखें", href: "javascript:x" }] },
        { type: "subheading", text: "  उप  शीर्षक " },
      ],
    };
    expect(normalizeDocument(raw).blocks).toEqual([
      { type: "paragraph", content: [{ text: "\u091C\u093Cरूर देखें" }] },
      { type: "subheading", text: "उप शीर्षक" },
    ]);
  });
});
