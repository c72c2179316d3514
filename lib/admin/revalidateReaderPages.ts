import { readerCacheTags } from "@/lib/cache/revalidateArticle";
import { expireReaderPages } from "@/lib/cache/expireReaderPages";

/**
 * Marks every reader page out of date. Used after a change to a section, tag, author or media item: such a record
 * shows on pages no single tag names (every page's navigation shows the sections; any story can show an author,
 * tag or image), and these changes are rare, so coarse is correct and cheap enough.
 */
export async function revalidateReaderPages(): Promise<void> {
  await expireReaderPages({ tags: [readerCacheTags.everything()] });
}
