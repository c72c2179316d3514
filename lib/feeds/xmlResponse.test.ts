import { describe, expect, it } from "vitest";
import { strongEtag, xmlContentType, xmlResponse } from "./xmlResponse";

const body = "<?xml version=\"1.0\"?><x/>";
const lastModified = new Date("2026-11-03T04:30:15.250Z");

function respond(headers: Record<string, string> = {}) {
  return xmlResponse(new Request("https://khabar.example/x.xml", { headers }), body, { contentType: xmlContentType, lastModified });
}

describe("conditional answers for feeds and sitemaps", () => {
  it("sends the body with its type, a strong ETag of its bytes and its Last-Modified", async () => {
    const response = respond();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("etag")).toBe(strongEtag(body));
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get("last-modified")).toBe("Tue, 03 Nov 2026 04:30:15 GMT");
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
    expect(await response.text()).toBe(body);
  });

  it("answers 304 without a body to a matching If-None-Match, also in a list or as the weak form", async () => {
    const etag = strongEtag(body);
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, "*"]) {
      const response = respond({ "If-None-Match": header });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(await response.text()).toBe("");
    }
  });

  it("sends the new body when the ETag names older bytes, whatever If-Modified-Since says", () => {
    expect(respond({ "If-None-Match": strongEtag("older"), "If-Modified-Since": "Wed, 04 Nov 2026 00:00:00 GMT" }).status).toBe(200);
  });

  it("answers 304 to If-Modified-Since at or after the last change, to the second, and 200 before it", () => {
    expect(respond({ "If-Modified-Since": "Tue, 03 Nov 2026 04:30:15 GMT" }).status).toBe(304);
    expect(respond({ "If-Modified-Since": "Tue, 03 Nov 2026 04:30:14 GMT" }).status).toBe(200);
    expect(respond({ "If-Modified-Since": "not a date" }).status).toBe(200);
  });

  it("gives different bytes a different tag", () => {
    expect(strongEtag("<a/>")).not.toBe(strongEtag("<b/>"));
  });
});
