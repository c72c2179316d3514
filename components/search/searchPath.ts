import type { Locale } from "@/i18n/routing";

/** What a search page's address carries besides the page number; empty values stay out of the URL. */
export type SearchLinkParams = { query: string; sectionSlug: string | null; from: string | null; to: string | null };

/** "/search?q=…&section=…&from=…&to=…&page=N" in Hindi, "/en/search?…" in English. */
export function searchPath(locale: Locale, params?: SearchLinkParams, page = 1): string {
  const path = locale === "hi" ? "/search" : `/${locale}/search`;
  const query = new URLSearchParams();
  if (params?.query) query.set("q", params.query);
  if (params?.sectionSlug) query.set("section", params.sectionSlug);
  if (params?.from) query.set("from", params.from);
  if (params?.to) query.set("to", params.to);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
