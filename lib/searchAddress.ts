import { routing } from "@/i18n/routing";
import { normalizeLine } from "@/lib/hindi/normalize";
import { parseSearchRequest, type SearchRequest } from "@/lib/search/searchRequest";

/** A part of a search address that was left out or cut, named for the sentence that tells the reader so. */
export type SearchAddressProblem = "page" | "from" | "to" | "range" | "section" | "query";

const emptyRequest: SearchRequest = { query: "", sectionSlug: null, from: null, to: null, page: 1 };

type RawParams = Record<string, string | string[] | undefined>;

function toSearchParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params;
}

const searchPagePath = new RegExp(`^(?:/(?:${routing.locales.join("|")}))?/search/?$`);

/** The reader's search pages (/search, /en/search), whose addresses the proxy checks. */
export function isSearchPagePath(pathname: string): boolean {
  return searchPagePath.test(pathname);
}

/** False when the address has a part no search can use (page=abc, from=notadate); the proxy answers 400 then. */
export function isValidSearchAddress(params: URLSearchParams): boolean {
  return parseSearchRequest(params).ok;
}

/**
 * The search a page shows for its address. A bad part (page=abc, from=notadate, a section that does not exist)
 * is left out and named, so the reader still gets the search the rest describes; the proxy has already given
 * such an address the status 400, since a Next page cannot set one.
 */
export function readSearchAddress(raw: RawParams, sections: { slug: string }[]): { request: SearchRequest; problems: SearchAddressProblem[] } {
  const params = toSearchParams(raw);
  const problems: SearchAddressProblem[] = [];
  let parsed = parseSearchRequest(params);
  // Each round removes the part the parser named; four parameters can be wrong, so four rounds are enough.
  for (let round = 0; !parsed.ok && round < 4; round++) {
    const { field } = parsed;
    const rangeOnly = field === "to" && parseSearchRequest(new URLSearchParams({ to: params.get("to") ?? "" })).ok;
    if (rangeOnly) params.delete("from");
    params.delete(field);
    problems.push(rangeOnly ? "range" : field);
    parsed = parseSearchRequest(params);
  }
  let request = parsed.ok ? parsed.request : emptyRequest;
  if (request.query !== normalizeLine(params.get("q") ?? "")) problems.push("query");
  if (request.sectionSlug && !sections.some((section) => section.slug === request.sectionSlug)) {
    request = { ...request, sectionSlug: null };
    problems.push("section");
  }
  return { request, problems };
}
