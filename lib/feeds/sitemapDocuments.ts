import { lastArticleChange, listArticleSitemapParts, listAuthorActivity, listSectionActivity, listSitemapArticles, listTagActivity, type ArticleLink } from "@/db/queries/feeds";
import { listSections } from "@/db/queries/sections";
import { routing, type Locale } from "@/i18n/routing";
import { articlePath, authorPath, homePath, sectionPath, tagPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { sitemapPath } from "./feedPaths";
import {
  type Alternate,
  type ListSitemapKind,
  listSitemapKinds,
  maxUrlsPerSitemap,
  newest,
  renderSitemapIndex,
  renderUrlset,
  type SitemapFile,
  sitemapFileName,
  type SitemapUrl,
  splitIntoParts,
} from "./sitemaps";

export type XmlDocument = { body: string; lastModified: Date };

/** Pages that exist in both languages name each other, and Hindi, the site's default, for everyone else. */
function alternates(urls: Record<Locale, string>): Alternate[] {
  return [...routing.locales.map((locale) => ({ hreflang: locale, href: urls[locale] })), { hreflang: "x-default", href: urls.hi }];
}

function articleUrl(link: ArticleLink): string {
  return absoluteUrl(articlePath(link.locale, link));
}

function bothLocales(path: (locale: Locale) => string): Record<Locale, string> {
  return { hi: absoluteUrl(path("hi")), en: absoluteUrl(path("en")) };
}

async function sectionUrls(now: Date): Promise<SitemapUrl[]> {
  const [sections, activity] = await Promise.all([listSections(), listSectionActivity(now)]);
  const changed = (locale: Locale, sectionId: number) => activity.find((a) => a.locale === locale && a.sectionId === sectionId)?.lastModified;
  const homes = routing.locales.map((locale) => ({
    loc: absoluteUrl(homePath(locale)),
    lastModified: newest(activity.filter((a) => a.locale === locale).map((a) => a.lastModified), now),
    alternates: alternates(bothLocales(homePath)),
  }));
  const fronts = sections.flatMap((section) =>
    routing.locales.map((locale) => ({
      loc: absoluteUrl(sectionPath(locale, section.slug)),
      lastModified: changed(locale, section.id) ?? section.createdAt,
      alternates: alternates(bothLocales((l) => sectionPath(l, section.slug))),
    })),
  );
  return [...homes, ...fronts];
}

/** Tags belong to one language, so a tag page has no counterpart to name. */
async function tagUrls(now: Date): Promise<SitemapUrl[]> {
  return (await listTagActivity(now)).map((tag) => ({ loc: absoluteUrl(tagPath(tag.locale, tag.slug)), lastModified: tag.lastModified }));
}

/** An author with stories has a profile in both languages; each lists the stories of its language. */
async function authorUrls(now: Date): Promise<SitemapUrl[]> {
  const activity = await listAuthorActivity(now);
  const slugs = [...new Set(activity.map((a) => a.slug))];
  return slugs.flatMap((slug) => {
    const ofAuthor = activity.filter((a) => a.slug === slug);
    const latest = newest(ofAuthor.map((a) => a.lastModified), now);
    return routing.locales.map((locale) => ({
      loc: absoluteUrl(authorPath(locale, slug)),
      lastModified: ofAuthor.find((a) => a.locale === locale)?.lastModified ?? latest,
      alternates: alternates(bothLocales((l) => authorPath(l, slug))),
    }));
  });
}

const listUrls: Record<ListSitemapKind, (now: Date) => Promise<SitemapUrl[]>> = { sections: sectionUrls, tags: tagUrls, authors: authorUrls };

/** A Last-Modified for every sitemap: the last time any story appeared, changed or was withdrawn. */
async function sitemapsLastModified(now: Date): Promise<Date> {
  return (await lastArticleChange({}, now)) ?? now;
}

/** `perPart` is the protocol's 50,000 except in tests, which prove the split with a handful of stories. */
export async function buildSitemapIndex({ perPart = maxUrlsPerSitemap, now = new Date() } = {}): Promise<XmlDocument> {
  const articleParts = (await listArticleSitemapParts(perPart, now)).map((part) => ({
    file: { kind: "articles" as const, month: part.month, part: part.part },
    lastModified: part.lastModified,
  }));
  const listParts = (
    await Promise.all(
      listSitemapKinds.map(async (kind) =>
        splitIntoParts(await listUrls[kind](now), perPart).map((urls, part) => ({
          file: { kind, part },
          lastModified: newest(urls.map((url) => url.lastModified), now),
        })),
      ),
    )
  ).flat();
  const children = [...listParts, ...articleParts].map(({ file, lastModified }) => ({ loc: absoluteUrl(sitemapPath(sitemapFileName(file))), lastModified }));
  return { body: renderSitemapIndex(children), lastModified: await sitemapsLastModified(now) };
}

/** One child sitemap, or undefined when the index would not name it. */
export async function buildSitemap(file: SitemapFile, { perPart = maxUrlsPerSitemap, now = new Date() } = {}): Promise<XmlDocument | undefined> {
  let urls: SitemapUrl[];
  if (file.kind === "articles") {
    urls = (await listSitemapArticles(file.month, file.part, perPart, now)).map((article) => ({
      loc: articleUrl(article),
      lastModified: article.lastModified,
      alternates: article.translation
        ? alternates({ [article.locale]: articleUrl(article), [article.translation.locale]: articleUrl(article.translation) } as Record<Locale, string>)
        : undefined,
    }));
    if (urls.length === 0) return undefined;
  } else {
    const parts = splitIntoParts(await listUrls[file.kind](now), perPart);
    if (file.part >= parts.length) return undefined;
    urls = parts[file.part]!;
  }
  return { body: renderUrlset(urls), lastModified: await sitemapsLastModified(now) };
}
