import { describe, expect, it } from "vitest";
import { maxQueryLength } from "./queryWords";
import { cutQuery, parseSearchRequest } from "./searchRequest";

describe("a search request from the URL", () => {
  it("reads the query, section, dates and page", () => {
    const parsed = parseSearchRequest(new URLSearchParams("q=पुतिन+किम&section=videsh&from=2024-09-01&to=2024-09-30&page=2"));
    expect(parsed).toEqual({ ok: true, request: { query: "पुतिन किम", sectionSlug: "videsh", from: "2024-09-01", to: "2024-09-30", page: 2 } });
  });

  it("treats missing and empty parameters alike, as a first page with no filters", () => {
    for (const params of [new URLSearchParams(""), new URLSearchParams("q=&section=&from=&to=&page=")]) {
      expect(parseSearchRequest(params)).toEqual({ ok: true, request: { query: "", sectionSlug: null, from: null, to: null, page: 1 } });
    }
  });

  it("reads Next.js searchParams too, taking the first of repeated values", () => {
    expect(parseSearchRequest({ q: ["कबड्डी", "खेल"], page: "3", section: undefined })).toMatchObject({ ok: true, request: { query: "कबड्डी", page: 3 } });
  });

  it("normalises the query: NFC and single spaces", () => {
    const parsed = parseSearchRequest({ q: "  ज\u093Cिला \n  परिषद  " });
    expect(parsed.ok && parsed.request.query).toBe("ज़िला परिषद".normalize("NFC"));
  });

  it.each([
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page=99999999999999999999", "page"],
    ["section=<script>", "section"],
    ["from=14-09-2024", "from"],
    ["from=2024-02-30", "from"],
    ["to=yesterday", "to"],
    ["from=2024-09-30&to=2024-09-01", "to"],
  ])("refuses %s with a message naming %s", (query, field) => {
    const parsed = parseSearchRequest(new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.field).toBe(field);
      expect(parsed.error).toMatch(new RegExp(`^${field} `));
    }
  });

  it("accepts a one-day range", () => {
    expect(parseSearchRequest(new URLSearchParams("from=2024-09-14&to=2024-09-14")).ok).toBe(true);
  });
});

describe("a query over 200 characters", () => {
  it("is cut at its last whole word", () => {
    const long = Array.from({ length: 60 }, (_, i) => `शब्द${i}`).join(" ");
    const cut = cutQuery(long);
    expect(cut.length).toBeLessThanOrEqual(maxQueryLength);
    expect(long.startsWith(cut)).toBe(true);
    expect(long[cut.length]).toBe(" ");
  });

  it("without spaces is cut at 200 characters", () => {
    expect(cutQuery("क".repeat(300))).toBe("क".repeat(maxQueryLength));
  });

  it("within the limit is left alone", () => {
    expect(cutQuery("पुतिन किम")).toBe("पुतिन किम");
  });
});
