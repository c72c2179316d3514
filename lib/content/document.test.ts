import { describe, expect, it } from "vitest";
import { documentPlainText, parseArticleDocument } from "./document";

describe("article document", () => {
  it("accepts paragraphs, subheadings, quotes and lists and reads them back as plain text", () => {
    const doc = parseArticleDocument({
      version: 1,
      blocks: [
        { type: "paragraph", content: [{ text: "पहला " }, { text: "अनुच्छेद", bold: true }] },
        { type: "subheading", text: "आगे क्या" },
        { type: "quote", text: "हम तैयार हैं।", attribution: "मंत्री" },
        { type: "list", ordered: false, items: [[{ text: "एक" }], [{ text: "दो" }]] },
      ],
    });
    expect(documentPlainText(doc)).toBe("पहला अनुच्छेद\nआगे क्या\nहम तैयार हैं। — मंत्री\nएक\nदो");
  });

  it("refuses a javascript: link so that no script can hide in a story", () => {
    expect(() =>
      parseArticleDocument({
        version: 1,
        blocks: [{ type: "paragraph", content: [{ text: "क्लिक", href: "javascript:alert(1)" }] }],
      }),
    ).toThrow();
  });

  it("refuses raw HTML blocks: the body is typed blocks only", () => {
    expect(() => parseArticleDocument({ version: 1, blocks: [{ type: "html", html: "<b>x</b>" }] })).toThrow();
  });

  it("accepts only https embeds from YouTube or X", () => {
    expect(() =>
      parseArticleDocument({ version: 1, blocks: [{ type: "embed", provider: "youtube", url: "http://youtube.com/x" }] }),
    ).toThrow();
  });
});
