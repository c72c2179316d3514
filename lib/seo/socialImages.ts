import type { Locale } from "@/i18n/routing";
import { site } from "@/lib/site";

/** The size Facebook, X, WhatsApp and LinkedIn all show large. */
export const socialImageSize = { width: 1200, height: 630 } as const;

export const heroCropRatios = { "16x9": 675, "4x3": 900, "1x1": 1200 } as const satisfies Record<string, number>;
export type HeroCropRatio = keyof typeof heroCropRatios;
/** Width of every hero crop, the minimum Google asks of NewsArticle images. */
export const heroCropWidth = 1200;

export type SocialImage = { url: string; width: 1200; height: 630; alt: string };

/**
 * Bumped whenever the cards or crops change their look. It is in the site card's URL, which is cached for a year,
 * and in the key of every rendered file kept on disk. Article URLs carry the article's version instead.
 */
export const cardDesign = 1;

export function articleSocialPath(articleId: number, version: number, hasPhoto: boolean): string {
  return `/social/${articleId}-v${version}.${hasPhoto ? "jpg" : "png"}`;
}

/**
 * The article's share image: its photo (the editor's social image, else the hero) cropped to 1200×630 as JPEG,
 * else a card with the headline set in Devanagari (PNG). The article's version is in the URL, so an edit gives a
 * new address and the old one may be cached for ever. `heroAlt` describes whichever photo is shown.
 */
export function socialImageFor(article: {
  id: number;
  version: number;
  headline: string;
  heroMediaId: number | null;
  heroAlt?: string | null;
  socialMediaId?: number | null;
}): SocialImage {
  const hasPhoto = (article.socialMediaId ?? article.heroMediaId) !== null;
  const alt = hasPhoto && article.heroAlt ? article.heroAlt : article.headline;
  return { url: articleSocialPath(article.id, article.version, hasPhoto), ...socialImageSize, alt };
}

/** The branded card for pages that are not an article: home, sections, tags, authors, search. */
export function siteSocialImage(locale: Locale): SocialImage {
  return { url: siteSocialPath(locale), ...socialImageSize, alt: site.name[locale] };
}

export function siteSocialPath(locale: Locale): string {
  return `/social/site-${locale}-v${cardDesign}.png`;
}

/** A 1200 px wide JPEG crop of a media item, for NewsArticle `image` in 16:9, 4:3 and 1:1. */
export function heroCropUrl(mediaId: number, ratio: HeroCropRatio): string {
  return `/social/media-${mediaId}-${ratio}.jpg`;
}

export type SocialFile =
  | { kind: "article"; articleId: number; version: number; extension: "png" | "jpg" }
  | { kind: "site"; locale: Locale; design: number }
  | { kind: "crop"; mediaId: number; ratio: HeroCropRatio };

const articleFile = /^([1-9][0-9]{0,8})-v([1-9][0-9]{0,8})\.(png|jpg)$/;
const siteFile = /^site-(hi|en)-v([1-9][0-9]{0,3})\.png$/;
const cropFile = /^media-([1-9][0-9]{0,8})-(16x9|4x3|1x1)\.jpg$/;

/** Reads a `/social/` file name back into what it names; anything else is null and never touches the disk. */
export function parseSocialFile(name: string): SocialFile | null {
  const article = articleFile.exec(name);
  if (article) return { kind: "article", articleId: Number(article[1]), version: Number(article[2]), extension: article[3] as "png" | "jpg" };
  const siteCard = siteFile.exec(name);
  if (siteCard) return { kind: "site", locale: siteCard[1] as Locale, design: Number(siteCard[2]) };
  const crop = cropFile.exec(name);
  if (crop) return { kind: "crop", mediaId: Number(crop[1]), ratio: crop[2] as HeroCropRatio };
  return null;
}
