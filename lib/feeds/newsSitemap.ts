import { lastArticleChange, listNewsArticles, newestPublicationBefore, type NewsArticle } from "@/db/queries/feeds";
import { articlePath } from "@/lib/routes";
import { site } from "@/lib/site";
import { absoluteUrl } from "@/lib/site";
import type { XmlDocument } from "./sitemapDocuments";
import { newest } from "./sitemaps";
import { element, renderXmlDocument, w3cDateTime } from "./xml";

/** Google News reads only stories of the last two days, at most 1,000 of them. */
export const newsWindowMs = 48 * 60 * 60 * 1000;
export const maxNewsUrls = 1000;

export function renderNewsSitemap(stories: NewsArticle[]): string {
  return renderXmlDocument(
    element(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9" },
      stories.map((story) =>
        element(
          "url",
          {},
          element("loc", {}, absoluteUrl(articlePath(story.locale, story))),
          element(
            "news:news",
            {},
            element("news:publication", {}, element("news:name", {}, site.name[story.locale]), element("news:language", {}, story.locale)),
            element("news:publication_date", {}, w3cDateTime(story.publishedAt)),
            element("news:title", {}, story.headline),
          ),
        ),
      ),
    ),
  );
}

export async function buildNewsSitemap(now = new Date()): Promise<XmlDocument> {
  const since = new Date(now.getTime() - newsWindowMs);
  const [stories, lastChange, lastDeparted] = await Promise.all([
    listNewsArticles(since, maxNewsUrls, now),
    lastArticleChange({}, now),
    newestPublicationBefore(since, now),
  ]);
  // The list also changes when a story grows older than the window and drops out, without any write.
  const departures = lastDeparted ? [new Date(lastDeparted.getTime() + newsWindowMs)] : [];
  const changes = [...(lastChange ? [lastChange] : []), ...departures];
  return { body: renderNewsSitemap(stories), lastModified: newest(changes, now) };
}
