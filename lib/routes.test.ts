import { describe, expect, it } from "vitest";
import { articlePath, localeOfPath, notFoundPagePath, parseArticleSegment, searchPath, sectionPath, tagPath } from "./routes";

describe("reader URLs", () => {
  it("puts Hindi pages at the root and English pages under /en", () => {
    expect(sectionPath("hi", "videsh")).toBe("/videsh");
    expect(sectionPath("en", "videsh")).toBe("/en/videsh");
  });

  it("adds the page number only after the first page", () => {
    expect(tagPath("hi", "cricket", 1)).toBe("/tag/cricket");
    expect(tagPath("hi", "cricket", 3)).toBe("/tag/cricket?page=3");
  });

  it("ends an article URL with its stable id after the Latin slug", () => {
    expect(articlePath("hi", { id: 1, slug: "putin-ne-kim-jong-un-ka-nimantran-ka-svikara", sectionSlug: "videsh" })).toBe(
      "/videsh/putin-ne-kim-jong-un-ka-nimantran-ka-svikara-1",
    );
  });

  it("reads the id from a URL with a stale slug, a missing slug or a slug with digits", () => {
    expect(parseArticleSegment("old-slug-7")).toEqual({ id: 7, slug: "old-slug" });
    expect(parseArticleSegment("7")).toEqual({ id: 7, slug: "" });
    expect(parseArticleSegment("5g-gaon-tak-12")).toEqual({ id: 12, slug: "5g-gaon-tak" });
  });

  it("finds no article in a segment without an id", () => {
    expect(parseArticleSegment("no-id-here")).toBeNull();
    expect(parseArticleSegment("slug-0")).toBeNull();
    expect(parseArticleSegment("slug-99999999999999999999")).toBeNull();
  });
});

const words = { query: "पुतिन किम", sectionSlug: null, from: null, to: null };

describe("the address of a search page", () => {
  it("is /search in Hindi and /en/search in English", () => {
    expect(searchPath("hi")).toBe("/search");
    expect(searchPath("en")).toBe("/en/search");
  });

  it("carries the words encoded, and the page only after the first", () => {
    expect(searchPath("hi", words)).toBe("/search?q=%E0%A4%AA%E0%A5%81%E0%A4%A4%E0%A4%BF%E0%A4%A8+%E0%A4%95%E0%A4%BF%E0%A4%AE");
    expect(new URL(searchPath("hi", words, 2), "http://x").searchParams.get("page")).toBe("2");
    expect(searchPath("hi", words, 1)).not.toContain("page=");
  });

  it("keeps the section and dates, and leaves out the filters that are not set", () => {
    const path = searchPath("en", { query: "kabaddi", sectionSlug: "khel", from: "2024-01-01", to: null }, 3);
    expect(path).toBe("/en/search?q=kabaddi&section=khel&from=2024-01-01&page=3");
  });
});

describe("the 404 page's own address and the edition of a path", () => {
  it("is /page-not-found in Hindi and /en/page-not-found in English", () => {
    expect(notFoundPagePath("hi")).toBe("/page-not-found");
    expect(notFoundPagePath("en")).toBe("/en/page-not-found");
  });

  it.each([
    ["/en", "en"],
    ["/en/desh/x-1", "en"],
    ["/en?page=2", "en"],
    ["/", "hi"],
    ["/desh", "hi"],
    ["/english-news", "hi"],
    ["/tag/en", "hi"],
  ])("%s belongs to %s", (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });
});
