import { describe, expect, it } from "vitest";
import { articleEtag, httpDate, isNotModified, validatorHeaders } from "./validators";

const updatedAt = new Date("2024-03-05T10:30:00.750Z");
const validators = { etag: articleEtag({ id: 42, version: 7 }, "build-abc"), lastModified: updatedAt };

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe("article validators", () => {
  it("name the article, its version and the deploy in a weak ETag", () => {
    expect(validators.etag).toBe('W/"a42-v7-build-abc"');
  });

  it("keep a deploy id from breaking out of the quoted tag", () => {
    expect(articleEtag({ id: 1, version: 1 }, 'x"y z')).toBe('W/"a1-v1-xyz"');
  });

  it("give Last-Modified as an HTTP date in whole seconds", () => {
    expect(httpDate(updatedAt)).toBe("Tue, 05 Mar 2024 10:30:00 GMT");
    expect(validatorHeaders(validators)).toEqual({ ETag: 'W/"a42-v7-build-abc"', "Last-Modified": "Tue, 05 Mar 2024 10:30:00 GMT" });
  });
});

describe("a conditional request", () => {
  it("is not modified when If-None-Match names the ETag, weak or strong, alone or in a list", () => {
    expect(isNotModified("GET", headers({ "if-none-match": 'W/"a42-v7-build-abc"' }), validators)).toBe(true);
    expect(isNotModified("GET", headers({ "if-none-match": '"a42-v7-build-abc"' }), validators)).toBe(true);
    expect(isNotModified("HEAD", headers({ "if-none-match": 'W/"other", W/"a42-v7-build-abc"' }), validators)).toBe(true);
    expect(isNotModified("GET", headers({ "if-none-match": "*" }), validators)).toBe(true);
  });

  it("is modified when the version or the deploy differs", () => {
    expect(isNotModified("GET", headers({ "if-none-match": 'W/"a42-v6-build-abc"' }), validators)).toBe(false);
    expect(isNotModified("GET", headers({ "if-none-match": 'W/"a42-v7-build-old"' }), validators)).toBe(false);
  });

  it("ignores If-Modified-Since when If-None-Match is there", () => {
    expect(isNotModified("GET", headers({ "if-none-match": 'W/"stale"', "if-modified-since": "Wed, 01 Jan 2025 00:00:00 GMT" }), validators)).toBe(false);
  });

  it("is not modified since the Last-Modified date itself or later, and modified since any earlier second", () => {
    expect(isNotModified("GET", headers({ "if-modified-since": "Tue, 05 Mar 2024 10:30:00 GMT" }), validators)).toBe(true);
    expect(isNotModified("GET", headers({ "if-modified-since": "Wed, 06 Mar 2024 00:00:00 GMT" }), validators)).toBe(true);
    expect(isNotModified("GET", headers({ "if-modified-since": "Tue, 05 Mar 2024 10:29:59 GMT" }), validators)).toBe(false);
  });

  it("is modified when the date cannot be read, when nothing is asked, or for a method other than GET and HEAD", () => {
    expect(isNotModified("GET", headers({ "if-modified-since": "yesterday" }), validators)).toBe(false);
    expect(isNotModified("GET", headers({}), validators)).toBe(false);
    expect(isNotModified("POST", headers({ "if-none-match": 'W/"a42-v7-build-abc"' }), validators)).toBe(false);
  });
});
