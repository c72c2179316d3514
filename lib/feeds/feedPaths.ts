import type { Locale } from "@/i18n/routing";

/** Feed and sitemap addresses, beside the page addresses of lib/routes.ts. Hindi, the default locale, has no prefix. */
export function rssPath(locale: Locale, sectionSlug?: string): string {
  const path = sectionSlug ? `/${sectionSlug}/rss.xml` : "/rss.xml";
  return locale === "hi" ? path : `/${locale}${path}`;
}

export const sitemapIndexPath = "/sitemap.xml";
export const newsSitemapPath = "/news-sitemap.xml";

/** A child of the sitemap index, by its file name (see lib/feeds/sitemaps.ts). */
export function sitemapPath(fileName: string): string {
  return `/sitemaps/${fileName}`;
}

