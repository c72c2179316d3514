import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { PublishedArticle } from "@/db/queries/articles";
import type { Locale } from "@/i18n/routing";
import { toIsoWithOffset } from "@/lib/hindi/format";
import { localized } from "@/lib/localize";
import { pageTitle } from "@/lib/pageTitle";
import { articlePath, authorPath } from "@/lib/routes";
import { rssPath } from "@/lib/feeds/feedPaths";
import { cutHeadline } from "@/lib/seo/jsonLd";
import { type SocialImage, siteSocialImage, socialImageFor } from "@/lib/seo/socialImages";
import { absoluteUrl, site } from "@/lib/site";

/*
 * The <head> of every reader page: title, description, canonical, hreflang, robots, Open Graph and Twitter card,
 * built in one place so that every page says the same things the same way. All URLs are absolute on SITE_URL as
 * read at request time, so a server started with another public origin never leaks the build machine's.
 */

/** Google shows about 160 characters of a description; longer ones are cut after a whole word. */
export const descriptionMaxLength = 160;

/** A sentence shorter than this ends at an abbreviation ("Dr.", "U.S.") more often than at its real end. */
const shortestSentence = 40;

/** Indexable pages let search engines show large images and whole snippets, as BBC and the Guardian do. */
export const indexableRobots = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  "max-snippet": -1,
  "max-video-preview": -1,
} as const satisfies Metadata["robots"];

/** Pages that only rearrange the stories (search results) are followed, not indexed. */
export const followOnlyRobots = { index: false, follow: true } as const satisfies Metadata["robots"];

const openGraphLocale = { hi: "hi_IN", en: "en_IN" } as const satisfies Record<Locale, string>;

/** The paths of one page in each language it exists in. */
export type LocalePaths = Partial<Record<Locale, string>>;


/** A description of at most 160 characters on one line. */
export function clipDescription(text: string): string {
  return cutHeadline(text.replace(/\s+/gu, " "), descriptionMaxLength);
}

/** The first sentence of a body's first paragraph, ended by a danda, full stop, question or exclamation mark. */
export function firstSentence(text: string): string {
  const paragraph = text.trim().split(/\n+/u)[0] ?? "";
  for (const end of paragraph.matchAll(/[।॥?!.](?=\s|$)/gu)) {
    const sentence = paragraph.slice(0, end.index + 1);
    if (Array.from(sentence).length >= shortestSentence) return sentence;
  }
  return paragraph;
}

/** hreflang links, with x-default on the Hindi page, only when the page exists in both languages. */
export function languageAlternates(paths: LocalePaths | null | undefined): Record<string, string> | undefined {
  if (!paths?.hi || !paths.en) return undefined;
  return { hi: absoluteUrl(paths.hi), en: absoluteUrl(paths.en), "x-default": absoluteUrl(paths.hi) };
}

export type PageMetadataInput = {
  locale: Locale;
  /** What the page is called (a section's name, a headline); the <title> adds the page number and the site. */
  name: string;
  /** A <title> that already names the site, for the front page. */
  documentTitle?: string;
  /** og:title and twitter:title when they should differ from the name. */
  socialTitle?: string;
  description: string;
  /** This page's own path, which is its canonical URL. */
  path: string;
  page?: number;
  /** The page's paths in both languages, when it has a translation. */
  translations?: LocalePaths | null;
  image?: SocialImage;
  indexable?: boolean;
  /** A section front also offers its own feed beside the site's. */
  sectionFeed?: { slug: string; name: string };
};

type PageMetadata = Metadata & { openGraph: NonNullable<Metadata["openGraph"]> };

/** Title, description, canonical, hreflang, robots, Open Graph and Twitter card of one reader page. */
export async function pageMetadata(input: PageMetadataInput): Promise<PageMetadata> {
  const { locale, path, page = 1 } = input;
  const t = await getTranslations({ locale, namespace: "meta" });
  const numbered = (text: string) => (page > 1 ? t("pageOf", { title: text, page }) : text);
  const title = input.documentTitle ?? (await pageTitle(locale, input.name, page));
  const description = numbered(clipDescription(input.description));
  const socialTitle = numbered(input.socialTitle ?? input.name);
  const url = absoluteUrl(path);
  const languages = languageAlternates(input.translations);
  const image = input.image ?? siteSocialImage(locale);
  const imageUrl = absoluteUrl(image.url);
  const feeds = [{ url: absoluteUrl(rssPath(locale)), title: site.name[locale] }];
  if (input.sectionFeed) {
    feeds.push({ url: absoluteUrl(rssPath(locale, input.sectionFeed.slug)), title: `${input.sectionFeed.name} | ${site.name[locale]}` });
  }
  return {
    title,
    description,
    alternates: { canonical: url, languages, types: { "application/rss+xml": feeds } },
    robots: input.indexable === false ? followOnlyRobots : indexableRobots,
    openGraph: {
      type: "website",
      locale: openGraphLocale[locale],
      alternateLocale: languages ? openGraphLocale[locale === "hi" ? "en" : "hi"] : undefined,
      title: socialTitle,
      description,
      url,
      siteName: site.name[locale],
      images: [{ url: imageUrl, width: image.width, height: image.height, alt: image.alt }],
    },
    twitter: {
      card: "summary_large_image",
      title: socialTitle,
      description,
      images: [{ url: imageUrl, alt: image.alt }],
    },
  };
}

/** The description an article shows: the editor's, else its standfirst, else the first sentence of its body. */
export function articleDescription(article: Pick<PublishedArticle, "metaDescription" | "standfirst" | "bodyText">): string {
  return clipDescription(article.metaDescription?.trim() || article.standfirst.trim() || firstSentence(article.bodyText));
}

/** An article's <head>: the editor's SEO title and description when set, its social card, and article:* tags. */
export async function articleMetadata(article: PublishedArticle): Promise<Metadata> {
  const { locale } = article;
  const path = articlePath(locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug });
  const { translation } = article;
  const translations = translation ? { [locale]: path, [translation.locale]: articlePath(translation.locale, translation) } : null;
  const base = await pageMetadata({
    locale,
    name: article.metaTitle?.trim() || article.headline,
    socialTitle: article.headline,
    description: articleDescription(article),
    path,
    translations,
    image: socialImageFor({
      id: article.id,
      version: article.version,
      headline: article.headline,
      heroMediaId: article.hero?.id ?? null,
      heroAlt: article.hero?.alt,
    }),
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: toIsoWithOffset(article.publishedAt),
      modifiedTime: toIsoWithOffset(article.updatedAt),
      section: localized(locale, article.section),
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(authorPath(locale, author.slug))),
    },
  };
}
