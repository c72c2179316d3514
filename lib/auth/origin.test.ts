import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

function post(headers: Record<string, string>): Request {
  return new Request("http://portal.test/admin/logout", { method: "POST", headers });
}

describe("which writes are accepted", () => {
  it("accepts a form posted from a page of the same site", () => {
    expect(isSameOrigin(post({ host: "portal.test", origin: "http://portal.test" }))).toBe(true);
  });

  it("compares the port too, so another app on the same machine is another origin", () => {
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:4000" }))).toBe(false);
  });

  it("refuses a form posted from another site", () => {
    expect(isSameOrigin(post({ host: "portal.test", origin: "https://evil.example" }))).toBe(false);
  });

  it("refuses a look-alike host that only starts with ours", () => {
    expect(isSameOrigin(post({ host: "portal.test", origin: "http://portal.test.evil.example" }))).toBe(false);
  });

  it("falls back to the Referer when a browser sends no Origin", () => {
    expect(isSameOrigin(post({ host: "portal.test", referer: "http://portal.test/admin/users" }))).toBe(true);
    expect(isSameOrigin(post({ host: "portal.test", referer: "https://evil.example/page" }))).toBe(false);
  });

  it("refuses a request that says nothing about where it comes from, or says null", () => {
    expect(isSameOrigin(post({ host: "portal.test" }))).toBe(false);
    expect(isSameOrigin(post({ host: "portal.test", origin: "null" }))).toBe(false);
  });

  it("uses the forwarded host when a proxy in front rewrote Host", () => {
    expect(isSameOrigin(post({ host: "127.0.0.1:3000", "x-forwarded-host": "news.example", origin: "https://news.example" }))).toBe(true);
  });

  it("ignores letter case in host names", () => {
    expect(isSameOrigin(post({ host: "Portal.Test", origin: "http://portal.test" }))).toBe(true);
  });
});
