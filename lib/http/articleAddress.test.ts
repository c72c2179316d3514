import { describe, expect, it } from "vitest";
import { articleAddress, withdrawnPagePath } from "./articleAddress";

describe("reading an article address from a request path", () => {
  it("reads a Hindi article URL and an English one", () => {
    expect(articleAddress("/khel/bharat-ki-jeet-42")).toEqual({ locale: "hi", sectionSlug: "khel", segment: "bharat-ki-jeet-42", id: 42, slug: "bharat-ki-jeet", withdrawnPage: false });
    expect(articleAddress("/en/khel/india-wins-7")).toMatchObject({ locale: "en", sectionSlug: "khel", id: 7, slug: "india-wins" });
    expect(articleAddress("/videsh/1")).toMatchObject({ id: 1, slug: "" });
  });

  it("knows the withdrawn page under an article URL", () => {
    expect(articleAddress("/khel/bharat-ki-jeet-42/withdrawn")).toMatchObject({ id: 42, withdrawnPage: true });
  });

  it("leaves out every path that is not an article", () => {
    for (const path of ["/", "/khel", "/en", "/en/khel", "/tag/ipl-2024", "/author/ravi-42", "/en/tag/ipl-2024", "/en/foo-12", "/hi/en-12", "/search", "/khel/samachar", "/khel/bharat-42/more", "/khel/0"]) {
      expect(articleAddress(path), path).toBeNull();
    }
  });

  it("rewrites a withdrawn story to the withdrawn page in the URL's own locale", () => {
    expect(withdrawnPagePath(articleAddress("/khel/purana-42")!)).toBe("/hi/khel/purana-42/withdrawn");
    expect(withdrawnPagePath(articleAddress("/en/khel/old-42")!)).toBe("/en/khel/old-42/withdrawn");
  });
});
