import { cacheLife, cacheTag } from "next/cache";
import { readerCacheTags } from "@/lib/cache/revalidateArticle";
import { searchArticles } from "./searchArticles";

/**
 * Search results through Next's data cache: the same query (with its filters and page) asked again within a
 * minute costs no database work, while each response is still rendered for its own address. Any publish expires
 * every cached result, since a new story can match any query.
 */
export async function searchArticlesCached(request: Parameters<typeof searchArticles>[0]) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.search(), readerCacheTags.everything());
  return searchArticles(request);
}
