import { cacheLife, cacheTag } from "next/cache";
import { getPublishedArticle, listAuthor, listLatest, listRelated, listSection, listSectionRails, listTag, type Window } from "@/db/queries/articles";
import { listMediaByIds } from "@/db/queries/media";
import { getSectionBySlug, listSections } from "@/db/queries/sections";
import { getAuthorBySlug, getTagBySlug } from "@/db/queries/taxonomy";
import type { Locale } from "@/i18n/routing";
import { readerCacheTags } from "./revalidateArticle";

/**
 * What reader pages read, through Next's data cache. Each function tags its result with the records it shows, and
 * a page rendered from it carries the same tags, so one `revalidateTag` refreshes the data and every page built on
 * it. "minutes" (refreshed after a minute) catches what no write announces: a scheduled time passing, a CLI import.
 * Everything also carries the "reader" tag: a renamed section, tag, author or image shows on pages no single tag names.
 * Nothing here takes the current time as an argument: it would make every call a cache miss.
 */

export async function readSections() {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.everything());
  return listSections();
}

export async function readSectionBySlug(slug: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.everything());
  return getSectionBySlug(slug);
}

export async function readTagBySlug(locale: Locale, slug: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.everything());
  return getTagBySlug(locale, slug);
}

export async function readAuthorBySlug(slug: string) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.everything());
  return getAuthorBySlug(slug);
}

export async function readFront(locale: Locale, storyCount: number, railLength: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.home(locale), readerCacheTags.everything());
  const [latest, rails] = await Promise.all([listLatest(locale, { limit: storyCount }), listSectionRails(locale, railLength)]);
  return { latest, rails };
}

export async function readSectionPage(locale: Locale, section: { id: number; slug: string }, window: Window) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.section(locale, section.slug), readerCacheTags.everything());
  return listSection(locale, section.id, window);
}

export async function readTagPage(tagId: number, window: Window) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.tag(tagId), readerCacheTags.everything());
  return listTag(tagId, window);
}

export async function readAuthorPage(locale: Locale, authorId: number, window: Window) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.author(authorId), readerCacheTags.everything());
  return listAuthor(locale, authorId, window);
}

export async function readArticle(id: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.article(id), readerCacheTags.everything());
  return getPublishedArticle(id);
}

/** Stories that share a tag or the section: a new story in either can change the list. */
export async function readRelated(article: { id: number; locale: Locale; section: { id: number; slug: string }; tags: { id: number }[] }, limit: number) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.section(article.locale, article.section.slug), ...article.tags.map((tag) => readerCacheTags.tag(tag.id)), readerCacheTags.everything());
  return listRelated(article, limit);
}

export async function readMedia(ids: number[]) {
  "use cache";
  cacheLife("minutes");
  cacheTag(readerCacheTags.everything());
  return listMediaByIds(ids);
}
