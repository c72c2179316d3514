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

/** The numeric id at the end of an article URL segment ("slug-words-42" or "42"). */
export function parseArticleSegment(segment: string): { id: number; slug: string } | null {
  const match = /^(?:(.*)-)?([1-9]\d{0,15})$/.exec(segment);
  if (!match) return null;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) ? { id, slug: match[1] ?? "" } : null;
}
