import { describe, expect, it } from "vitest";
import { searchPath } from "./searchPath";

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
