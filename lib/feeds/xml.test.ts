import { describe, expect, it } from "vitest";
import { cdata, element, escapeAttribute, escapeText, renderXmlDocument, rfc822Date, w3cDateTime } from "./xml";

describe("the XML writer", () => {
  it("escapes markup in text and quotes in attributes", () => {
    expect(escapeText(`a < b && c > "d"`)).toBe(`a &lt; b &amp;&amp; c &gt; "d"`);
    expect(escapeAttribute(`say "हाँ" & <go>`)).toBe("say &quot;हाँ&quot; &amp; &lt;go&gt;");
  });

  it("keeps line breaks in an attribute value as character references", () => {
    expect(escapeAttribute("one\ntwo\tthree")).toBe("one&#10;two&#9;three");
  });

  it("drops characters XML 1.0 cannot carry at all, and keeps Devanagari and emoji", () => {
    expect(escapeText("ख़बर\u0000\u0008\u000B दर्पण \uFFFE📰")).toBe("ख़बर दर्पण 📰");
    expect(escapeText("lone \uD800 surrogate")).toBe("lone  surrogate");
  });

  it("splits ]]> across two CDATA sections, so the text reads back whole", () => {
    const xml = renderXmlDocument(element("x", {}, cdata("a]]>b")));
    expect(xml).toContain("<x><![CDATA[a]]]]><![CDATA[>b]]></x>");
    const sections = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join("");
    expect(sections).toBe("a]]>b");
  });

  it("writes a declaration, nests elements, and leaves out absent children and attributes", () => {
    const xml = renderXmlDocument(element("root", { a: "1", b: undefined }, element("child", {}, "text"), null, false, undefined, [element("empty")]));
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<root a="1">\n  <child>text</child>\n  <empty/>\n</root>\n`);
  });

  it("writes W3C datetimes to the second in UTC and RFC 822 dates for RSS", () => {
    const date = new Date("2026-11-03T04:30:15.250Z");
    expect(w3cDateTime(date)).toBe("2026-11-03T04:30:15Z");
    expect(rfc822Date(date)).toBe("Tue, 03 Nov 2026 04:30:15 GMT");
  });
});
