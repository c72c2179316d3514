import { revalidatePath, revalidateTag } from "next/cache";
import { type ArticleCacheTarget, getArticleCacheTarget } from "@/db/queries/articleCacheTarget";
import { articlePath } from "@/lib/routes";

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
  ];
}

/** Next throws this when revalidation is called with no request or action around it, e.g. from a timer. */
function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && error.message.includes("static generation store missing");
}

/**
 * Marks every reader page that shows the article as out of date. Pass `before` (read before the write) when the
 * write moved the article — new slug, section, tags or authors — so the pages it left are refreshed as well.
 *
 * Cached pages expire at once (`expire: 0`) rather than being served stale once more: an unpublished story must not
 * reach another reader, and a published one must be on the home page for the very next visitor.
 */
export async function revalidateArticle(articleId: number, { before }: { before?: ArticleCacheTarget } = {}): Promise<void> {
  const after = await getArticleCacheTarget(articleId);
  const targets = [before, after].filter((target) => target !== undefined);
  const tags = new Set(targets.flatMap(articleCacheTags));
  const paths = new Set(targets.map((target) => articlePath(target.locale, target)));
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    for (const path of paths) revalidatePath(path);
  } catch (error) {
    // The scheduler publishes from a timer, outside any request, where Next has no cache store to mark and throws.
    // Reader pages render per request today, so nothing is stale; any other failure is real and must surface.
    if (!isOutsideRequest(error)) throw error;
  }
}
