import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import { articles } from "@/db/schema";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { buildSitemap, buildSitemapIndex } from "./sitemapDocuments";
import { parseSitemapFileName } from "./sitemaps";

setUpTemporaryDatabase();
const perPart = 4;
const body = { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] };

let draftId: number;
let futureId: number;
let unpublishedId: number;

beforeAll(async () => {
  const sectionId = (await getSectionBySlug("desh"))!.id;
  const story = (slug: string, status: "draft" | "published" | "unpublished", publishedAt: Date | null) =>
    insertArticle({ locale: "hi", sectionId, slug, headline: slug, body, bodyText: "पाठ।", status, publishedAt, updatedAt: new Date(), tags: [], authorIds: [] });
  draftId = await story("masauda", "draft", null);
  futureId = await story("bhavishya", "published", new Date(Date.now() + 3_600_000));
  unpublishedId = await story("vapas", "unpublished", new Date(Date.now() - 3_600_000));
});

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

async function articleUrlsBySitemap(): Promise<Map<string, string[]>> {
  const index = await buildSitemapIndex({ perPart });
  const files = locs(index.body).map((loc) => loc.split("/sitemaps/")[1]!);
  const found = new Map<string, string[]>();
  for (const name of files.filter((file) => file.startsWith("articles-"))) {
    const document = await buildSitemap(parseSitemapFileName(name)!, { perPart });
    found.set(name, locs(document!.body));
  }
  return found;
}

describe("the sitemap index", () => {
  it("splits a month of stories into parts of at most the limit, and every published story is in exactly one", async () => {
    const bySitemap = await articleUrlsBySitemap();
    expect([...bySitemap.keys()]).toEqual(expect.arrayContaining([expect.stringMatching(/^articles-\d{4}-\d{2}-2\.xml$/)]));
    for (const urls of bySitemap.values()) {
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(perPart);
    }
    const all = [...bySitemap.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(await getDb().$count(articles, eq(articles.status, "published")) - 1);
  });

  it("never lists a draft, an unpublished story or one whose time has not come", async () => {
    const all = [...(await articleUrlsBySitemap()).values()].flat();
    for (const id of [draftId, futureId, unpublishedId]) expect(all.some((url) => url.endsWith(`-${id}`))).toBe(false);
  });

  it("lists the sections, tag and author sitemaps, each within the limit", async () => {
    const files = locs((await buildSitemapIndex({ perPart })).body).map((loc) => loc.split("/sitemaps/")[1]!);
    expect(files).toEqual(expect.arrayContaining(["sections.xml", "sections-2.xml", "tags.xml", "tags-2.xml", "authors.xml"]));
    for (const name of files.filter((file) => !file.startsWith("articles-"))) {
      const urls = locs((await buildSitemap(parseSitemapFileName(name)!, { perPart }))!.body);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(perPart);
    }
  });

  it("has no sitemap past the last part", async () => {
    expect(await buildSitemap({ kind: "articles", month: "1999-01", part: 0 }, { perPart })).toBeUndefined();
    expect(await buildSitemap({ kind: "sections", part: 999 }, { perPart })).toBeUndefined();
  });

  it("names both language versions and x-default (Hindi) for a translated story", async () => {
    const xml = (await buildSitemap({ kind: "sections", part: 0 }))!.body;
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost:3000/"/>');
    const translated = await getDb().select({ id: articles.id, original: articles.translationOfId }).from(articles).where(eq(articles.locale, "en"));
    const pair = translated.find((row) => row.original !== null)!;
    const month = (await buildSitemapIndex()).body;
    const files = locs(month).map((loc) => loc.split("/sitemaps/")[1]!).filter((file) => file.startsWith("articles-"));
    const documents = await Promise.all(files.map(async (file) => (await buildSitemap(parseSitemapFileName(file)!))!.body));
    const entry = documents.flatMap((doc) => doc.split("<url>")).find((url) => new RegExp(`<loc>[^<]*/en/[^<]*-${pair.id}</loc>`).test(url))!;
    expect(entry).toMatch(new RegExp(`hreflang="hi" href="[^"]*-${pair.original}"`));
    expect(entry).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/[^"]*-${pair.id}"`));
    expect(entry).toMatch(new RegExp(`hreflang="x-default" href="[^"]*-${pair.original}"`));
  });
});
