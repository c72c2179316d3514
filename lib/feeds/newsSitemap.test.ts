import { beforeAll, describe, expect, it } from "vitest";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { buildNewsSitemap, newsWindowMs } from "./newsSitemap";

setUpTemporaryDatabase();
const hour = 3_600_000;
const now = new Date();
const ids: Record<string, number> = {};

beforeAll(async () => {
  const sectionId = (await getSectionBySlug("khel"))!.id;
  const story = async (slug: string, locale: "hi" | "en", status: "draft" | "published" | "unpublished", hoursAgo: number) => {
    const publishedAt = new Date(now.getTime() - hoursAgo * hour);
    ids[slug] = await insertArticle({
      locale,
      sectionId,
      slug,
      headline: `${slug} <शीर्षक> & "उद्धरण"`,
      body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
      bodyText: "पाठ।",
      status,
      publishedAt,
      updatedAt: publishedAt,
      tags: [],
      authorIds: [],
    });
  };
  await story("abhi-abhi", "hi", "published", 1);
  await story("english-today", "en", "published", 2);
  await story("kal-ki-baat", "hi", "published", 47.9);
  await story("parson-ki-baat", "hi", "published", 48.1);
  await story("aane-wali", "hi", "published", -1);
  await story("masauda-news", "hi", "draft", 1);
  await story("hatai-gayi", "hi", "unpublished", 1);
});

function entryFor(xml: string, id: number): string | undefined {
  return xml.split("<url>").find((url) => url.includes(`-${id}</loc>`));
}

describe("the Google News sitemap", () => {
  it("lists the stories of the last 48 hours only, newest first", async () => {
    const { body } = await buildNewsSitemap(now);
    expect(entryFor(body, ids["abhi-abhi"]!)).toBeDefined();
    expect(entryFor(body, ids["kal-ki-baat"]!)).toBeDefined();
    expect(entryFor(body, ids["parson-ki-baat"]!)).toBeUndefined();
    const times = [...body.matchAll(/<news:publication_date>([^<]+)</g)].map((match) => Date.parse(match[1]!));
    expect(times.every((time) => now.getTime() - time <= newsWindowMs)).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("leaves out drafts, unpublished stories and stories scheduled for later", async () => {
    const { body } = await buildNewsSitemap(now);
    for (const slug of ["masauda-news", "hatai-gayi", "aane-wali"]) expect(entryFor(body, ids[slug]!)).toBeUndefined();
  });

  it("names the publication and the story's own language, with its escaped title and publication time", async () => {
    const { body } = await buildNewsSitemap(now);
    const hindi = entryFor(body, ids["abhi-abhi"]!)!;
    expect(hindi).toContain("<news:name>ख़बर दर्पण</news:name>");
    expect(hindi).toContain("<news:language>hi</news:language>");
    expect(hindi).toContain("<news:title>abhi-abhi &lt;शीर्षक&gt; &amp; \"उद्धरण\"</news:title>");
    const english = entryFor(body, ids["english-today"]!)!;
    expect(english).toContain("<news:name>Khabar Darpan</news:name>");
    expect(english).toContain("<news:language>en</news:language>");
    expect(english).toContain("<loc>http://localhost:3000/en/khel/english-today-");
  });

  it("counts a story leaving the window as a change, so If-Modified-Since cannot keep it listed", async () => {
    const later = new Date(now.getTime() + 0.2 * hour);
    const { lastModified } = await buildNewsSitemap(later);
    expect(lastModified.getTime()).toBeGreaterThan(now.getTime());
    expect(lastModified.getTime()).toBeLessThanOrEqual(later.getTime());
  });
});
