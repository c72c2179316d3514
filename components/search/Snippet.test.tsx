import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Snippet } from "./Snippet";

describe("a search result's passage", () => {
  it("marks the reader's words and leaves the rest as text", () => {
    const html = renderToStaticMarkup(
      <Snippet parts={[{ text: "लगातार ", match: false }, { text: "बारिश", match: true }, { text: " के कारण", match: false }]} />,
    );
    expect(html).toBe('<p class="search-snippet">लगातार <mark>बारिश</mark> के कारण</p>');
  });

  it("shows markup in a story's text as text, never as markup", () => {
    const html = renderToStaticMarkup(<Snippet parts={[{ text: "<b>x</b> & <mark>", match: true }]} />);
    expect(html).toBe('<p class="search-snippet"><mark>&lt;b&gt;x&lt;/b&gt; &amp; &lt;mark&gt;</mark></p>');
  });

  it("is nothing at all when there is no passage", () => {
    expect(renderToStaticMarkup(<Snippet parts={[]} />)).toBe("");
  });
});
