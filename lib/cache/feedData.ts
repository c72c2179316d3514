import { cacheLife, cacheTag } from "next/cache";
import type { Section } from "@/db/queries/sections";
import type { Locale } from "@/i18n/routing";
import { buildNewsSitemap } from "@/lib/feeds/newsSitemap";
import { buildRss } from "@/lib/feeds/rss";
import { buildSitemap, buildSitemapIndex } from "@/lib/feeds/sitemapDocuments";
import type { SitemapFile } from "@/lib/feeds/sitemaps";
import { readerCacheTags } from "./revalidateArticle";

/**
 * Feeds and sitemaps through Next's data cache, tagged like the pages (lib/cache/readerData.ts): a publish
 * expires its edition's feeds and every sitemap; a minute catches what no write announces.
 */

export async function readFeed(locale: Locale, section: Section | null) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.feed(locale), readerCacheTags.everything());
  return buildRss(locale, section);
}

export async function readSitemapIndex() {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.sitemap(), readerCacheTags.everything());
  return buildSitemapIndex();
}

export async function readSitemap(file: SitemapFile) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.sitemap(), readerCacheTags.everything());
  return buildSitemap(file);
}

export async function readNewsSitemap() {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.sitemap(), readerCacheTags.everything());
  return buildNewsSitemap();
}
