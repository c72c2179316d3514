import { revalidatePath } from "next/cache";

/**
 * Marks every reader page out of date. Used after a change to a section, tag, author or media item: such a record
 * shows on pages no single tag names (every page's navigation shows the sections; any story can show an author,
 * tag or image), and these changes are rare, so coarse is correct and cheap enough.
 */
export function revalidateReaderPages(): void {
  revalidatePath("/", "layout");
}
