import { describe, expect, it } from "vitest";
import { parseArticleDocument } from "@/lib/content/document";
import { articleHtml } from "./articleHtml";

const context = {
  media: new Map([[7, { fileName: "abc.jpg", width: 1200, height: 800 }]]),
  absolute: (path: string) => `https://khabar.example${path}`,
  embedLabel: (provider: "youtube" | "x") => (provider === "youtube" ? "YouTube पर देखें" : "X पर देखें"),
};

describe("a story as feed HTML", () => {
  it("renders each kind of block as simple HTML with site links and images made absolute", () => {
    const document = parseArticleDocument({
      version: 1,
      blocks: [
        { type: "paragraph", content: [{ text: "पहला " }, { text: "ज़ोर", bold: true }, { text: " और " }, { text: "कड़ी", href: "/khel", italic: true }] },
        { type: "subheading", text: "उपशीर्षक" },
        { type: "quote", text: "कथन", attribution: "मंत्री" },
        { type: "list", ordered: false, items: [[{ text: "एक" }], [{ text: "दो" }]] },
        { type: "list", ordered: true, items: [[{ text: "पहला" }]] },
        { type: "image", mediaId: 7, alt: "मैदान", caption: "स्टेडियम" },
        { type: "image", mediaId: 99, alt: "गुम" },
        { type: "embed", provider: "youtube", url: "https://www.youtube.com/watch?v=x&t=1" },
      ],
    });
    expect(articleHtml(document, context).split("\n")).toEqual([
      '<p>पहला <strong>ज़ोर</strong> और <a href="https://khabar.example/khel"><em>कड़ी</em></a></p>',
      "<h2>उपशीर्षक</h2>",
      "<blockquote><p>कथन</p><footer>— मंत्री</footer></blockquote>",
      "<ul><li>एक</li><li>दो</li></ul>",
      "<ol><li>पहला</li></ol>",
      '<figure><img src="https://khabar.example/media/abc.jpg" alt="मैदान" width="1200" height="800"/><figcaption>स्टेडियम</figcaption></figure>',
      "",
      '<p><a href="https://www.youtube.com/watch?v=x&amp;t=1">YouTube पर देखें</a></p>',
    ]);
  });

  it("escapes text that looks like markup, so nothing the newsroom types becomes a tag", () => {
    const document = parseArticleDocument({
      version: 1,
      blocks: [
        { type: "paragraph", content: [{ text: '<script>alert(1)</script> "x" & y', href: 'https://e.example/?a="b"' }] },
        { type: "image", mediaId: 7, alt: '"><script>' },
      ],
    });
    const html = articleHtml(document, context);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('href="https://e.example/?a=&quot;b&quot;"');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;"');
  });
});
