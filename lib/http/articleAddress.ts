import { isLocale, type Locale, routing } from "@/i18n/routing";
import { parseArticleSegment } from "@/lib/routes";

/** The static routes beside app/[locale]/[section]: their two-segment URLs (/tag/ipl-2024) are not articles. */
const routesBesideSections = new Set(["tag", "author", "search"]);

/** The route a withdrawn story is shown by: app/[locale]/[section]/[article]/withdrawn. */
export const withdrawnSegment = "withdrawn";

/** A request path that names an article by id, as the reader typed it (or the withdrawn page under it). */
export type ArticleAddress = {
  locale: Locale;
  sectionSlug: string;
  segment: string;
  id: number;
  slug: string;
  /** The path asks for the withdrawn page itself rather than the article. */
  withdrawnPage: boolean;
};

/**
 * Reads "/khel/slug-42", "/en/khel/slug-42" (and ".../withdrawn") without touching the database; every other path
 * is null after a split and a few comparisons, which keeps the proxy cheap for the pages that are not articles.
 */
export function articleAddress(pathname: string): ArticleAddress | null {
  const parts = pathname.split("/").slice(1);
  const first = parts[0] ?? "";
  const locale = isLocale(first) ? first : routing.defaultLocale;
  if (isLocale(first)) parts.shift();
  const withdrawnPage = parts.length === 3 && parts[2] === withdrawnSegment;
  if (parts.length !== 2 && !withdrawnPage) return null;
  const [sectionSlug, segment] = parts as [string, string];
  if (!sectionSlug || isLocale(sectionSlug) || routesBesideSections.has(sectionSlug)) return null;
  const parsed = parseArticleSegment(segment);
  if (!parsed) return null;
  return { locale, sectionSlug, segment, id: parsed.id, slug: parsed.slug, withdrawnPage };
}

/** The internal path the proxy rewrites a withdrawn article's URL to (never a link anyone is given). */
export function withdrawnPagePath(address: ArticleAddress): string {
  return `/${address.locale}/${address.sectionSlug}/${address.segment}/${withdrawnSegment}`;
}
