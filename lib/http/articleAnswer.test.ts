import { describe, expect, it } from "vitest";
import type { ArticleFreshness } from "@/db/queries/articleFreshness";
import { articleAddress } from "./articleAddress";
import { answerArticle } from "./articleAnswer";

const now = new Date("2024-03-05T12:00:00Z");
const story: ArticleFreshness = {
  id: 42,
  locale: "hi",
  slug: "bharat-ki-jeet",
  sectionSlug: "khel",
  status: "published",
  publishedAt: new Date("2024-03-05T09:00:00Z"),
  updatedAt: new Date("2024-03-05T10:30:00Z"),
  version: 7,
};
const canonical = articleAddress("/khel/bharat-ki-jeet-42")!;
const plainGet = { method: "GET", headers: new Headers() };
const context = { now, deployId: "b1" };

describe("answering an article URL in the proxy", () => {
  it("gives the canonical URL of a published story its validators, and lets a browser keep it if it asks each time", () => {
    expect(answerArticle(canonical, story, plainGet, context)).toEqual({
      kind: "fresh",
      headers: { ETag: 'W/"a42-v7-b1"', "Last-Modified": "Tue, 05 Mar 2024 10:30:00 GMT" },
    });
  });

  it("answers 304 when the reader's copy is current", () => {
    const request = { method: "GET", headers: new Headers({ "if-none-match": 'W/"a42-v7-b1"' }) };
    expect(answerArticle(canonical, story, request, context).kind).toBe("notModified");
  });

  it("calls a withdrawn story gone, at any of its URLs", () => {
    const withdrawn = { ...story, status: "unpublished" as const };
    expect(answerArticle(canonical, withdrawn, plainGet, context)).toEqual({ kind: "withdrawn" });
    expect(answerArticle(articleAddress("/desh/purana-42")!, withdrawn, plainGet, context)).toEqual({ kind: "withdrawn" });
  });

  it("leaves stories readers never saw, unknown ids and stale URLs to the page (404 or 308)", () => {
    for (const status of ["draft", "in_review", "scheduled"] as const) {
      expect(answerArticle(canonical, { ...story, status, publishedAt: null }, plainGet, context)).toEqual({ kind: "page" });
    }
    expect(answerArticle(canonical, { ...story, publishedAt: new Date("2024-03-06T00:00:00Z") }, plainGet, context)).toEqual({ kind: "page" });
    expect(answerArticle(canonical, undefined, plainGet, context)).toEqual({ kind: "page" });
    for (const path of ["/khel/purana-42", "/desh/bharat-ki-jeet-42", "/en/khel/bharat-ki-jeet-42", "/khel/42", "/khel/bharat-ki-jeet-42/withdrawn"]) {
      const request = { method: "GET", headers: new Headers({ "if-none-match": 'W/"a42-v7-b1"' }) };
      expect(answerArticle(articleAddress(path)!, story, request, context), path).toEqual({ kind: "page" });
    }
  });

  it("gives no validators to a router (RSC) request, whose body is not the HTML document", () => {
    const request = { method: "GET", headers: new Headers({ rsc: "1", "if-none-match": 'W/"a42-v7-b1"' }) };
    expect(answerArticle(canonical, story, request, context)).toEqual({ kind: "page" });
  });
});
