import { describe, expect, it } from "vitest";
import { findSnippet, leadSnippet, snippetHtml } from "./snippet";

const isPutin = (word: string) => word === "पुतिन";

describe("a snippet", () => {
  it("marks every matched word and keeps the text around it", () => {
    const parts = findSnippet("रूसी राष्ट्रपति पुतिन ने कहा। पुतिन ने निमंत्रण स्वीकारा।", isPutin)!;
    expect(parts).toEqual([
      { text: "रूसी राष्ट्रपति ", match: false },
      { text: "पुतिन", match: true },
      { text: " ने कहा। ", match: false },
      { text: "पुतिन", match: true },
      { text: " ने निमंत्रण स्वीकारा।", match: false },
    ]);
  });

  it("starts a little before a match deep in the text and says so with an ellipsis", () => {
    const text = `${"पहले का पाठ ".repeat(40)}यहाँ पुतिन आए। ${"बाद का पाठ ".repeat(40)}`;
    const parts = findSnippet(text, isPutin)!;
    const joined = parts.map((part) => part.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThan(260);
    expect(joined).toContain("यहाँ पुतिन आए");
  });

  it("is cut between words, never inside one", () => {
    const text = `${"अंतरराष्ट्रीय ".repeat(50)}पुतिन`;
    const words = findSnippet(text, isPutin)!.map((part) => part.text).join("").replace(/…/g, "").trim().split(" ");
    expect(words.every((word) => word === "अंतरराष्ट्रीय" || word === "पुतिन")).toBe(true);
  });

  it("is nothing when no word matches, and the lead when asked for it", () => {
    expect(findSnippet("कोई मेल नहीं", isPutin)).toBeNull();
    expect(leadSnippet("कोई मेल नहीं", isPutin)).toEqual([{ text: "कोई मेल नहीं", match: false }]);
  });

  it("puts paragraphs on one line", () => {
    expect(leadSnippet("पहला अनुच्छेद।\nदूसरा अनुच्छेद।", isPutin)[0]!.text).toBe("पहला अनुच्छेद। दूसरा अनुच्छेद।");
  });
});

describe("a snippet as HTML", () => {
  it("escapes the text and wraps the matches in <mark>", () => {
    const parts = findSnippet('<script>alert("x")</script> & पुतिन', isPutin)!;
    expect(snippetHtml(parts)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>पुतिन</mark>");
  });
});
