import { describe, expect, it } from "vitest";
import { isSearchPagePath, isValidSearchAddress, readSearchAddress } from "./searchAddress";

const sections = [{ slug: "khel" }, { slug: "desh" }];

describe("reading a search page's address", () => {
  it("takes the words, section, dates and page as the reader's form sent them", () => {
    expect(readSearchAddress({ q: "कबड्डी", section: "khel", from: "2024-01-01", to: "2024-12-31", page: "2" }, sections)).toEqual({
      request: { query: "कबड्डी", sectionSlug: "khel", from: "2024-01-01", to: "2024-12-31", page: 2 },
      problems: [],
    });
  });

  it("treats the empty fields a form submits as no filter at all", () => {
    expect(readSearchAddress({ q: "बारिश", section: "", from: "", to: "" }, sections).problems).toEqual([]);
  });

  it("leaves out a page that is not a number and a date that is not a date, and keeps the rest", () => {
    const { request, problems } = readSearchAddress({ q: "बारिश", page: "abc", from: "notadate", section: "khel" }, sections);
    expect(request).toEqual({ query: "बारिश", sectionSlug: "khel", from: null, to: null, page: 1 });
    expect(problems.sort()).toEqual(["from", "page"]);
  });

  it("drops both dates when the range runs backwards", () => {
    const { request, problems } = readSearchAddress({ q: "बारिश", from: "2024-05-01", to: "2024-01-01" }, sections);
    expect([request.from, request.to, problems]).toEqual([null, null, ["range"]]);
  });

  it("searches every section when the named one does not exist", () => {
    const { request, problems } = readSearchAddress({ q: "बारिश", section: "anjan-khand" }, sections);
    expect([request.sectionSlug, problems]).toEqual([null, ["section"]]);
  });

  it("says so when the words were too long and only their beginning was searched", () => {
    const { request, problems } = readSearchAddress({ q: "बारिश ".repeat(100) }, sections);
    expect(request.query.length).toBeLessThanOrEqual(200);
    expect(problems).toEqual(["query"]);
  });

  it("reads the first value when a parameter is repeated", () => {
    expect(readSearchAddress({ q: ["पुतिन", "किम"] }, sections).request.query).toBe("पुतिन");
  });
});

describe("which addresses the proxy answers 400", () => {
  it("is only the search pages of both editions", () => {
    expect(["/search", "/en/search", "/search/"].every(isSearchPagePath)).toBe(true);
    expect(["/searching", "/khel/search", "/fr/search", "/api/search"].some(isSearchPagePath)).toBe(false);
  });

  it("is an address with a part no search can use, not one with odd words", () => {
    expect(isValidSearchAddress(new URLSearchParams("q=NEAR(%22&page=2"))).toBe(true);
    expect(isValidSearchAddress(new URLSearchParams("q=x&page=abc"))).toBe(false);
    expect(isValidSearchAddress(new URLSearchParams("q=x&from=notadate"))).toBe(false);
  });
});
