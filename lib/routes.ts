import type { Locale } from "@/i18n/routing";

/** Reader URLs. Hindi, the default locale, has no prefix. */
function prefixed(locale: Locale, path: string): string {
  if (locale === "hi") return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export function homePath(locale: Locale): string {
  return prefixed(locale, "/");
}

function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

export function sectionPath(locale: Locale, sectionSlug: string, page = 1): string {
  return withPage(prefixed(locale, `/${sectionSlug}`), page);
}

export function articlePath(locale: Locale, article: { id: number; slug: string; sectionSlug: string }): string {
  const slugAndId = article.slug ? `${article.slug}-${article.id}` : String(article.id);
  return prefixed(locale, `/${article.sectionSlug}/${slugAndId}`);
}

export function tagPath(locale: Locale, tagSlug: string, page = 1): string {
  return withPage(prefixed(locale, `/tag/${tagSlug}`), page);
}

export function authorPath(locale: Locale, authorSlug: string, page = 1): string {
  return withPage(prefixed(locale, `/author/${authorSlug}`), page);
}

/** What a search page's address carries besides the page number; empty values stay out of the URL. */
export type SearchLinkParams = { query: string; sectionSlug: string | null; from: string | null; to: string | null };

/** "/search?q=…&section=…&from=…&to=…&page=N" in Hindi, "/en/search?…" in English. */
export function searchPath(locale: Locale, params?: SearchLinkParams, page = 1): string {
  const query = new URLSearchParams();
  if (params?.query) query.set("q", params.query);
  if (params?.sectionSlug) query.set("section", params.sectionSlug);
  if (params?.from) query.set("from", params.from);
  if (params?.to) query.set("to", params.to);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  const path = prefixed(locale, "/search");
  return search ? `${path}?${search}` : path;
}

/** The numeric id at the end of an article URL segment ("slug-words-42" or "42"). */
/** Where the footer's lite-edition switch posts (app/api/lite/route.ts). */
export const liteSwitchPath = "/api/lite";

/** The 404 page as an address of its own (app/[locale]/page-not-found), which the reader front sends for missing pages. */
export function notFoundPagePath(locale: Locale): string {
  return prefixed(locale, "/page-not-found");
}

/** The edition a reader path belongs to: English under /en, Hindi everywhere else. */
export function localeOfPath(path: string): Locale {
  return /^\/en(?:[/?]|$)/.test(path) ? "en" : "hi";
}

export function parseArticleSegment(segment: string): { id: number; slug: string } | null {
  const match = /^(?:(.*)-)?([1-9]\d{0,15})$/.exec(segment);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { id, slug: match[1] ?? "" } : null;
}
