import { type FeedArticle, lastArticleChange, listFeedArticles } from "@/db/queries/feeds";
import { listMediaByIds } from "@/db/queries/media";
import type { Section } from "@/db/queries/sections";
import type { Locale } from "@/i18n/routing";
import { type ArticleDocument, parseArticleDocument } from "@/lib/content/document";
import { localized } from "@/lib/localize";
import { articlePath, homePath, sectionPath } from "@/lib/routes";
import { site } from "@/lib/site";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { articleHtml, type FeedImage } from "./articleHtml";
import { absoluteUrl } from "@/lib/site";
import { rssPath } from "./feedPaths";
import type { XmlDocument } from "./sitemapDocuments";
import { newest } from "./sitemaps";
import { cdata, element, renderXmlDocument, rfc822Date } from "./xml";

export const rssItemCount = 50;

const messages = { hi, en } satisfies Record<Locale, unknown>;

export type RssChannel = { locale: Locale; title: string; link: string; description: string; selfUrl: string; lastBuildDate: Date };
export type RssItem = {
  title: string;
  link: string;
  description: string;
  contentHtml: string;
  publishedAt: Date;
  creator: string | null;
  categories: string[];
  enclosure: { url: string; bytes: number; type: string } | null;
};

export function renderRss(channel: RssChannel, items: RssItem[]): string {
  return renderXmlDocument(
    element(
      "rss",
      {
        version: "2.0",
        "xmlns:atom": "http://www.w3.org/2005/Atom",
        "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      },
      element(
        "channel",
        {},
        element("title", {}, channel.title),
        element("link", {}, channel.link),
        element("description", {}, channel.description),
        element("language", {}, channel.locale),
        element("lastBuildDate", {}, rfc822Date(channel.lastBuildDate)),
        element("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
        items.map((item) =>
          element(
            "item",
            {},
            element("title", {}, item.title),
            element("link", {}, item.link),
            element("guid", { isPermaLink: "true" }, item.link),
            element("pubDate", {}, rfc822Date(item.publishedAt)),
            element("description", {}, item.description),
            element("content:encoded", {}, cdata(item.contentHtml)),
            item.creator ? element("dc:creator", {}, item.creator) : null,
            item.categories.map((category) => element("category", {}, category)),
            item.enclosure ? element("enclosure", { url: item.enclosure.url, length: String(item.enclosure.bytes), type: item.enclosure.type }) : null,
          ),
        ),
      ),
    ),
  );
}

function firstParagraph(document: ArticleDocument): string {
  const paragraph = document.blocks.find((block) => block.type === "paragraph");
  return paragraph ? paragraph.content.map((part) => part.text).join("") : "";
}

/** Staff authors when linked, else the copy's credit line, else the agency: as the byline on the page reads. */
function creator(article: FeedArticle): string | null {
  if (article.authors.length > 0) return article.authors.map((author) => localized(article.locale, author)).join(", ");
  return article.bylineText || article.agency || null;
}

function toItem(article: FeedArticle, document: ArticleDocument, media: Map<number, FeedImage>): RssItem {
  const link = absoluteUrl(articlePath(article.locale, { id: article.id, slug: article.slug, sectionSlug: article.section.slug }));
  const words = messages[article.locale].article;
  return {
    title: article.headline,
    link,
    description: article.standfirst || firstParagraph(document),
    contentHtml: articleHtml(document, {
      media,
      absolute: absoluteUrl,
      embedLabel: (provider) => (provider === "youtube" ? words.embedYoutube : words.embedX),
    }),
    publishedAt: article.publishedAt,
    creator: creator(article),
    categories: [localized(article.locale, article.section), ...article.tags],
    enclosure: article.hero ? { url: absoluteUrl(`/media/${article.hero.fileName}`), bytes: article.hero.bytes, type: article.hero.mimeType } : null,
  };
}

/** The newest stories of an edition (`section` null) or of one section, in one language. */
export async function buildRss(locale: Locale, section: Section | null, now = new Date()): Promise<XmlDocument> {
  const [articles, lastChange] = await Promise.all([
    listFeedArticles(locale, section?.id ?? null, rssItemCount, now),
    lastArticleChange({ locale, sectionId: section?.id }, now),
  ]);
  const documents = articles.map((article) => parseArticleDocument(article.body));
  const imageIds = documents.flatMap((document) => document.blocks.flatMap((block) => (block.type === "image" ? [block.mediaId] : [])));
  const media = new Map((await listMediaByIds([...new Set(imageIds)])).map((image) => [image.id, image]));
  const channel: RssChannel = {
    locale,
    title: section ? `${localized(locale, section)} — ${site.name[locale]}` : site.name[locale],
    link: absoluteUrl(section ? sectionPath(locale, section.slug) : homePath(locale)),
    description: section ? (locale === "en" ? section.descriptionEn : section.description) || localized(locale, section) : messages[locale].meta.homeDescription,
    selfUrl: absoluteUrl(rssPath(locale, section?.slug)),
    // The newest story's last change, not the clock: the same stories give the same bytes and the same ETag.
    lastBuildDate: newest(articles.map((article) => article.lastModified), section?.createdAt ?? now),
  };
  const body = renderRss(channel, articles.map((article, index) => toItem(article, documents[index]!, media)));
  return { body, lastModified: lastChange ?? channel.lastBuildDate };
}
