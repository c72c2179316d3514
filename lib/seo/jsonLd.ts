import type { Locale } from "@/i18n/routing";
import { type DatelineData, datelineText } from "@/lib/content/dateline";
import { toIsoWithOffset } from "@/lib/hindi/format";
import { localized } from "@/lib/localize";
import { articlePath, authorPath, homePath, searchPath, sectionPath } from "@/lib/routes";
import { heroCropUrl, type HeroCropRatio, socialImageFor } from "@/lib/seo/socialImages";
import { absoluteUrl, site, siteUrl } from "@/lib/site";

/*
 * schema.org structured data for the reader pages, as Google's NewsArticle, breadcrumb, sitelinks search box and
 * profile page guidelines ask for it. Builders return plain objects; components/seo/JsonLd.tsx serialises them.
 */

export type JsonLd = { "@context": "https://schema.org"; "@type": string; [property: string]: unknown };

type Named = { name: string; nameEn: string };

const context = "https://schema.org" as const;

/** Google shows at most 110 characters of a NewsArticle headline. */
export const headlineMaxLength = 110;

/** The logo in public/: 60 px high, as Google asked of publisher logos (at most 600×60). */
export const publisherLogo = { path: "/publisher-logo.png", width: 232, height: 60 } as const;

/** A headline of at most 110 characters, cut after a whole word and marked with "…". */
export function cutHeadline(headline: string, maxLength = headlineMaxLength): string {
  const characters = Array.from(headline.trim());
  if (characters.length <= maxLength) return characters.join("");
  const room = characters.slice(0, maxLength - 1).join("");
  const lastSpace = room.search(/\s\S*$/);
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:।–—-]+$/u, "")}…`;
}

function organizationId(): string {
  return `${siteUrl()}/#organization`;
}

function websiteId(locale: Locale): string {
  return `${absoluteUrl(homePath(locale))}#website`;
}

function organization(locale: Locale) {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(),
    name: site.name[locale],
    url: absoluteUrl(homePath(locale)),
    logo: { "@type": "ImageObject", url: absoluteUrl(publisherLogo.path), width: publisherLogo.width, height: publisherLogo.height },
  };
}

/** The newspaper itself: publisher of every story, and author of its bureau's copy. */
export function newsMediaOrganization(locale: Locale): JsonLd {
  return { "@context": context, ...organization(locale) };
}

/** The edition's home: the site name and the search box Google may show under it. */
export function webSite(locale: Locale): JsonLd {
  return {
    "@context": context,
    "@type": "WebSite",
    "@id": websiteId(locale),
    name: site.name[locale],
    url: absoluteUrl(homePath(locale)),
    inLanguage: locale,
    publisher: { "@id": organizationId() },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(searchPath(locale))}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

export type Crumb = { name: string; path: string };

/** Home → … → this page, each step an absolute URL. */
export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    "@context": context,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
  };
}

function partOfSite(locale: Locale) {
  return { "@type": "WebSite", "@id": websiteId(locale), name: site.name[locale], url: absoluteUrl(homePath(locale)) };
}

/** A section front or a tag page: a list of stories within the site. */
export function collectionPage({ locale, name, description, path }: { locale: Locale; name: string; description: string; path: string }): JsonLd {
  return {
    "@context": context,
    "@type": "CollectionPage",
    name,
    ...(description ? { description } : {}),
    url: absoluteUrl(path),
    inLanguage: locale,
    isPartOf: partOfSite(locale),
  };
}

/** An author's page: the person, their biography and portrait. */
export function profilePage({
  locale,
  name,
  bio,
  path,
  photoPath,
}: {
  locale: Locale;
  name: string;
  bio: string;
  path: string;
  photoPath: string | null;
}): JsonLd {
  return {
    "@context": context,
    "@type": "ProfilePage",
    url: absoluteUrl(path),
    inLanguage: locale,
    isPartOf: partOfSite(locale),
    mainEntity: {
      "@type": "Person",
      name,
      ...(bio ? { description: bio } : {}),
      url: absoluteUrl(path),
      ...(photoPath ? { image: absoluteUrl(photoPath) } : {}),
    },
  };
}

/** What a NewsArticle is built from; a published article (db/queries/articles.ts) carries all of it. */
export type NewsArticleSource = {
  id: number;
  version: number;
  locale: Locale;
  slug: string;
  headline: string;
  publishedAt: Date;
  updatedAt: Date;
  section: Named & { slug: string };
  hero: { id: number; alt: string } | null;
  tags: { name: string }[];
  authors: (Named & { slug: string })[];
  agency: string | null;
  dateline: DatelineData | null;
};

const heroRatios: HeroCropRatio[] = ["16x9", "4x3", "1x1"];

/** Three 1200 px crops of the hero, or the generated headline card when the story has no photo. */
function articleImages(article: NewsArticleSource): string[] {
  if (article.hero) return heroRatios.map((ratio) => absoluteUrl(heroCropUrl(article.hero!.id, ratio)));
  const card = socialImageFor({ id: article.id, version: article.version, headline: article.headline, heroMediaId: null });
  return [absoluteUrl(card.url)];
}

/** Staff reporters with their pages; otherwise the agency, or our own newsroom for bureau copy and unsigned stories. */
function articleAuthors(article: NewsArticleSource) {
  if (article.authors.length > 0) {
    return article.authors.map((author) => ({
      "@type": "Person",
      name: localized(article.locale, author),
      url: absoluteUrl(authorPath(article.locale, author.slug)),
    }));
  }
  if (article.agency) return [{ "@type": "Organization", name: article.agency }];
  return [organization(article.locale)];
}

function articleCanonicalPath(article: Pick<NewsArticleSource, "id" | "locale" | "slug" | "section">): string {
  return articlePath(article.locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug });
}

/** The story for Google News and Discover: Google's NewsArticle properties, with every URL absolute. */
export function newsArticle(article: NewsArticleSource, description: string): JsonLd {
  const url = absoluteUrl(articleCanonicalPath(article));
  return {
    "@context": context,
    "@type": "NewsArticle",
    headline: cutHeadline(article.headline),
    ...(description ? { description } : {}),
    datePublished: toIsoWithOffset(article.publishedAt),
    dateModified: toIsoWithOffset(article.updatedAt),
    inLanguage: article.locale,
    articleSection: localized(article.locale, article.section),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    image: articleImages(article),
    author: articleAuthors(article),
    publisher: organization(article.locale),
    url,
    mainEntityOfPage: url,
    isAccessibleForFree: true,
    ...(article.dateline
      ? {
          dateline: datelineText(article.dateline, article.agency, article.locale),
          locationCreated: { "@type": "Place", name: article.dateline.place },
        }
      : {}),
  };
}

/** Home → section → story. */
export function articleBreadcrumbs(article: NewsArticleSource): JsonLd {
  return breadcrumbList([
    { name: site.name[article.locale], path: homePath(article.locale) },
    { name: localized(article.locale, article.section), path: sectionPath(article.locale, article.section.slug) },
    { name: cutHeadline(article.headline), path: articleCanonicalPath(article) },
  ]);
}
