import { type ArticleCacheTarget, getArticleCacheTarget } from "@/db/queries/articleCacheTarget";
import { expireReaderPages } from "./expireReaderPages";

/**
 * The cache tags of reader pages, in one place: pages attach them with `cacheTag`, writes revalidate them.
 * Author and tag ids are global (a tag belongs to one locale already; an author's pages in both languages share one).
 */
export const readerCacheTags = {
  article: (id: number) => `article:${id}`,
  home: (locale: ArticleCacheTarget["locale"]) => `home:${locale}`,
  section: (locale: ArticleCacheTarget["locale"], sectionSlug: string) => `section:${locale}:${sectionSlug}`,
  tag: (tagId: number) => `tag:${tagId}`,
  author: (authorId: number) => `author:${authorId}`,
  feed: (locale: ArticleCacheTarget["locale"]) => `feed:${locale}`,
  sitemap: () => "sitemap",
  search: () => "search",
  /** On every cached read: what shows on pages no single tag names (sections in the navigation, tag and author names). */
  everything: () => "reader",
};

/** Exactly the tags of the reader pages that show this article. */
export function articleCacheTags(article: ArticleCacheTarget): string[] {
  return [
    readerCacheTags.article(article.id),
    readerCacheTags.home(article.locale),
    readerCacheTags.section(article.locale, article.sectionSlug),
    ...article.tagIds.map(readerCacheTags.tag),
    ...article.authorIds.map(readerCacheTags.author),
    readerCacheTags.feed(article.locale),
    readerCacheTags.sitemap(),
    readerCacheTags.search(),
  ];
}

/**
 * Marks every reader page that shows the article as out of date. Pass `before` (read before the write) when the
 * write moved the article — new slug, section, tags or authors — so the pages it left are refreshed as well.
 */
export async function revalidateArticle(articleId: number, { before }: { before?: ArticleCacheTarget } = {}): Promise<void> {
  const after = await getArticleCacheTarget(articleId);
  const targets = [before, after].filter((target) => target !== undefined);
  if (targets.length === 0) return;
  await expireReaderPages({ tags: [...new Set(targets.flatMap(articleCacheTags))] });
}
