import type { ArticleStatus } from "@/db/schema";
import { slugify } from "@/lib/hindi/transliterate";

/**
 * The Latin slug in an article's URL. Proposed from the headline while the story has never been out; editable;
 * unique per locale; and, once readers may know the URL, changed only when an editor types a new one. Reader URLs
 * end in the article id, so an old slug keeps working: it answers 308 to the new one.
 */

export const maxSlugLength = 80;

/** What a headline with nothing to transliterate (only punctuation, say) is called instead. */
const fallbackSlug = "lekh";

export function proposeSlug(headline: string): string {
  return slugify(headline, maxSlugLength) || fallbackSlug;
}

/** A new draft's slug until its headline gives it one (db/queries/articleEditing createDraftArticle). */
export function placeholderSlug(articleId: number): string {
  return `draft-${articleId}`;
}

/** Readers or search engines may know the URL once the story has been out, even if it is unpublished now. */
export function isSlugFrozen(article: { status: ArticleStatus; publishedAt: Date | null }): boolean {
  return article.publishedAt !== null || article.status === "published" || article.status === "unpublished";
}

/**
 * Whether the editor's slug field should keep following the headline: true while the slug is still the one the
 * headline proposes (or its numbered variant, or the placeholder), so a slug typed by hand is never overwritten.
 */
export function followsHeadline(slug: string, headline: string, articleId: number): boolean {
  if (slug === "" || slug === placeholderSlug(articleId)) return true;
  const proposal = proposeSlug(headline);
  return slug === proposal || new RegExp(`^${proposal}-\\d+$`).test(slug);
}

function withSuffix(base: string, n: number): string {
  const suffix = `-${n}`;
  return `${base.slice(0, maxSlugLength - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** `wanted` if no other article of the locale has it, else the first free of `wanted-2`, `wanted-3`, … */
export function firstFreeSlug(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = withSuffix(wanted, n);
    if (!used.has(candidate)) return candidate;
  }
}

/** Finds the slugs of other articles of a locale that begin with a prefix (db/queries/articleEditing slugsStartingWith). */
export type SlugLookup = (locale: "hi" | "en", prefix: string, exceptArticleId: number) => Promise<string[]>;

/** The shortest base a numbered variant of `wanted` can have: one prefix lookup sees the slug and all its variants. */
export function variantsPrefix(wanted: string): string {
  return wanted.slice(0, maxSlugLength - 4).replace(/-+$/, "");
}

export async function uniqueSlug(locale: "hi" | "en", wanted: string, articleId: number, lookup: SlugLookup): Promise<string> {
  return firstFreeSlug(wanted, await lookup(locale, variantsPrefix(wanted), articleId));
}

export type SlugDecision = { slug: string; changed: boolean };

/**
 * The slug a save stores. The draft's slug is what the editor's field holds: following the headline, typed by
 * hand, or empty. An empty field proposes one from the headline while the story has never been out, and keeps
 * the current slug once it has; any slug is made unique in its locale.
 */
export async function slugForSave(
  article: { id: number; slug: string; locale: "hi" | "en"; status: ArticleStatus; publishedAt: Date | null },
  draft: { slug: string; headline: string; locale: "hi" | "en" },
  lookup: SlugLookup,
): Promise<SlugDecision> {
  const frozen = isSlugFrozen(article);
  const wanted = draft.slug || (frozen ? article.slug : proposeSlug(draft.headline));
  if (wanted === article.slug && draft.locale === article.locale) return { slug: wanted, changed: false };
  const slug = await uniqueSlug(draft.locale, wanted, article.id, lookup);
  return { slug, changed: slug !== article.slug };
}
