import { describe, expect, it } from "vitest";
import { articlePath, parseArticleSegment, sectionPath, tagPath } from "./routes";

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
