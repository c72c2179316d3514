import { element, renderXmlDocument, w3cDateTime } from "./xml";

/** The sitemaps protocol's limit on URLs in one file (sitemaps.org). */
export const maxUrlsPerSitemap = 50_000;

const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
const xhtmlNamespace = "http://www.w3.org/1999/xhtml";

export type Alternate = { hreflang: string; href: string };
export type SitemapUrl = { loc: string; lastModified: Date; alternates?: Alternate[] };
export type SitemapChild = { loc: string; lastModified: Date };

export const listSitemapKinds = ["sections", "tags", "authors"] as const;
export type ListSitemapKind = (typeof listSitemapKinds)[number];

export type SitemapFile = { kind: "articles"; month: string; part: number } | { kind: ListSitemapKind; part: number };

/** "articles-2026-11.xml", then "articles-2026-11-2.xml" for a month's second part; "tags.xml", "tags-2.xml". Parts count from 0. */
export function sitemapFileName(file: SitemapFile): string {
  const base = file.kind === "articles" ? `articles-${file.month}` : file.kind;
  return file.part === 0 ? `${base}.xml` : `${base}-${file.part + 1}.xml`;
}

const fileNamePattern = /^(?:articles-(\d{4}-(?:0[1-9]|1[0-2]))|(sections|tags|authors))(?:-([2-9]|[1-9]\d+))?\.xml$/;

/** The sitemap a file name names, or null; only the canonical spelling of a name is accepted. */
export function parseSitemapFileName(fileName: string): SitemapFile | null {
  const match = fileNamePattern.exec(fileName);
  if (!match) return null;
  const part = match[3] ? Number(match[3]) - 1 : 0;
  if (match[1]) return { kind: "articles", month: match[1], part };
  return { kind: match[2] as ListSitemapKind, part };
}

/** Splits a list into consecutive parts of at most `perPart` items; an empty list has none (a urlset needs a url). */
export function splitIntoParts<T>(items: T[], perPart: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += perPart) parts.push(items.slice(start, start + perPart));
  return parts;
}

export function newest(dates: Date[], fallback: Date): Date {
  return dates.reduce((latest, date) => (date > latest ? date : latest), dates.length > 0 ? dates[0]! : fallback);
}

export function renderUrlset(urls: SitemapUrl[]): string {
  const usesAlternates = urls.some((url) => url.alternates?.length);
  return renderXmlDocument(
    element(
      "urlset",
      { xmlns: sitemapNamespace, "xmlns:xhtml": usesAlternates ? xhtmlNamespace : undefined },
      urls.map((url) =>
        element(
          "url",
          {},
          element("loc", {}, url.loc),
          element("lastmod", {}, w3cDateTime(url.lastModified)),
          (url.alternates ?? []).map((alternate) => element("xhtml:link", { rel: "alternate", hreflang: alternate.hreflang, href: alternate.href })),
        ),
      ),
    ),
  );
}

export function renderSitemapIndex(children: SitemapChild[]): string {
  return renderXmlDocument(
    element(
      "sitemapindex",
      { xmlns: sitemapNamespace },
      children.map((child) => element("sitemap", {}, element("loc", {}, child.loc), element("lastmod", {}, w3cDateTime(child.lastModified)))),
    ),
  );
}
