import { describe, expect, it } from "vitest";
import { isPageRouteAddress, listPageRoute } from "./listPageAddress";

describe("the page route of a list", () => {
  it.each([
    ["/hi/desh", "2", "/hi/desh/pages/2"],
    ["/en/desh", "3", "/en/desh/pages/3"],
    ["/hi/tag/cricket", "2", "/hi/tag/cricket/pages/2"],
    ["/en/author/asha-verma", "4", "/en/author/asha-verma/pages/4"],
    ["/hi/desh", "abc", "/hi/desh/pages/abc"],
    ["/hi/desh", "../x", "/hi/desh/pages/..%2Fx"],
  ])("of %s?page=%s is %s", (path, page, route) => {
    expect(listPageRoute(path, page)).toBe(route);
  });

  it.each([
    ["/hi/desh", null],
    ["/hi/search", "2"],
    ["/hi/desh/story-12", "2"],
    ["/hi", "2"],
  ])("does not exist for %s with page %s", (path, page) => {
    expect(listPageRoute(path, page)).toBeNull();
  });
});

describe("a page route typed as an address", () => {
  it.each(["/desh/pages/2", "/en/desh/pages/2", "/tag/cricket/pages/3", "/en/author/asha/pages/2/"])("%s is refused", (path) => {
    expect(isPageRouteAddress(path)).toBe(true);
  });

  it.each(["/desh", "/desh/pages-in-history-12", "/tag/pages", "/search"])("%s is an ordinary address", (path) => {
    expect(isPageRouteAddress(path)).toBe(false);
  });
});
