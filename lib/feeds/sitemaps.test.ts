import { describe, expect, it } from "vitest";
import { parseSitemapFileName, sitemapFileName, splitIntoParts } from "./sitemaps";

describe("sitemap file names", () => {
  it("names a month's first part plainly and its later parts with their number", () => {
    expect(sitemapFileName({ kind: "articles", month: "2026-11", part: 0 })).toBe("articles-2026-11.xml");
    expect(sitemapFileName({ kind: "articles", month: "2026-11", part: 1 })).toBe("articles-2026-11-2.xml");
    expect(sitemapFileName({ kind: "tags", part: 0 })).toBe("tags.xml");
    expect(sitemapFileName({ kind: "authors", part: 11 })).toBe("authors-12.xml");
  });

  it("reads back every name it writes", () => {
    for (const file of [
      { kind: "articles" as const, month: "2026-01", part: 0 },
      { kind: "articles" as const, month: "2026-12", part: 9 },
      { kind: "sections" as const, part: 0 },
      { kind: "tags" as const, part: 2 },
    ]) {
      expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    }
  });

  it("refuses names it would never write, so one sitemap has one address", () => {
    for (const name of ["articles-2026-11-1.xml", "articles-2026-13.xml", "articles-2026-11-02.xml", "tags-1.xml", "tags.XML", "users.xml", "articles-2026-11.xml.gz"]) {
      expect(parseSitemapFileName(name)).toBeNull();
    }
  });
});

describe("splitting a list into sitemaps", () => {
  it("cuts consecutive parts of at most the limit, and makes none of an empty list", () => {
    expect(splitIntoParts([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoParts([1, 2], 2)).toEqual([[1, 2]]);
    expect(splitIntoParts([], 2)).toEqual([]);
  });
});
