import { describe, expect, it } from "vitest";
import { liteReaderHtml, withoutNextRuntime } from "./readerHtml";

const page = [
  '<!DOCTYPE html><html lang="hi"><head>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=640&amp;q=75 640w" fetchPriority="high"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  "</head><body>",
  "<h1>पुतिन ने किम का न्योता स्वीकारा</h1>",
  '<img alt="पुतिन" width="1200" height="800" src="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=1600&amp;q=75" srcSet="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fmedia%2Fa.jpg&amp;w=1600&amp;q=75 1600w" sizes="100vw" data-lite-src="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=384&amp;q=50"/>',
  '<img alt="logo" src="/publisher-logo.png"/>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script>"}</script>',
  '<button hidden data-copy-link="https://example.com/a-1">लिंक कॉपी करें</button>',
  '<script src="/reader/copy-link.js" defer=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  "</body></html>",
].join("");

describe("a reader page without Next's runtime", () => {
  const html = withoutNextRuntime(page);

  it("has no Next script, inline React payload or script preload left", () => {
    expect(html).not.toContain("/_next/static/chunks/main.js");
    expect(html).not.toContain("polyfills");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("modulepreload");
  });

  it("keeps the content, the stylesheet, the font and image preloads, the JSON-LD and the page's own /reader/ script", () => {
    expect(html).toContain("<h1>पुतिन ने किम का न्योता स्वीकारा</h1>");
    expect(html).toContain('rel="stylesheet"');
    expect(html).toContain('as="font"');
    expect(html).toContain('as="image"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"');
    expect(html).toContain('<script src="/reader/copy-link.js" defer=""></script>');
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});

describe("a reader page in lite mode", () => {
  const html = liteReaderHtml(page);

  it("is marked for the stylesheet and has no script but its JSON-LD", () => {
    expect(html.startsWith('<!DOCTYPE html><html data-lite lang="hi">')).toBe(true);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
  });

  it("loads no web font and preloads no large image", () => {
    expect(html).not.toContain('as="font"');
    expect(html).not.toContain('as="image"');
  });

  it("shows each library image by its small copy, with no responsive set, keeping its size and alt text", () => {
    expect(html).toContain('<img alt="पुतिन" width="1200" height="800" src="/_next/image?url=%2Fmedia%2Fa.jpg&amp;w=384&amp;q=50"/>');
    expect(html).not.toContain("srcSet");
    expect(html).not.toContain("data-lite-src");
  });

  it("leaves an image without a small copy alone", () => {
    expect(html).toContain('<img alt="logo" src="/publisher-logo.png"/>');
  });
});
