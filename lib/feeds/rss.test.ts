import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertArticle } from "@/db/queries/articleWrites";
import { getSectionBySlug } from "@/db/queries/sections";
import { listAuthors } from "@/db/queries/taxonomy";
import { media } from "@/db/schema";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { buildRss, rssItemCount } from "./rss";

setUpTemporaryDatabase();
const now = new Date();
let storyId: number;
let agencyStoryId: number;
let draftId: number;
let hero: typeof media.$inferSelect;
let authorName: string;

beforeAll(async () => {
  const sectionId = (await getSectionBySlug("vyapar"))!.id;
  hero = (await getDb().select().from(media).limit(1))[0]!;
  const author = (await listAuthors())[0]!;
  authorName = author.name;
  const base = { locale: "hi" as const, sectionId, standfirst: "", bodyText: "", updatedAt: now, publishedAt: now, tags: [], authorIds: [] };
  storyId = await insertArticle({
    ...base,
    slug: "bazar-mein-tezi",
    headline: "बाज़ार में तेज़ी ]]> <b>",
    standfirst: "सेंसेक्स चढ़ा।",
    body: {
      version: 1,
      blocks: [
        { type: "subheading", text: "शुरुआत" },
        { type: "paragraph", content: [{ text: "पहला अनुच्छेद ]]> यहाँ।" }] },
        { type: "image", mediaId: hero.id, alt: "बाज़ार" },
      ],
    },
    status: "published",
    heroMediaId: hero.id,
    tags: [{ slug: "sensex", name: "सेंसेक्स" }],
    authorIds: [author.id],
  });
  agencyStoryId = await insertArticle({
    ...base,
    slug: "agency-copy",
    headline: "एजेंसी की ख़बर",
    body: { version: 1, blocks: [{ type: "subheading", text: "ऊपर" }, { type: "paragraph", content: [{ text: "एजेंसी का पाठ।" }] }] },
    status: "published",
    publishedAt: new Date(now.getTime() - 1000),
    agency: "भाषा",
  });
  draftId = await insertArticle({ ...base, slug: "masauda-rss", headline: "मसौदा", body: { version: 1, blocks: [] }, status: "draft", publishedAt: null });
  // More stories than a feed holds, a day old, so the newest-50 cut is proven.
  for (let n = 0; n < rssItemCount; n++) {
    const publishedAt = new Date(now.getTime() - 86_400_000 - n * 60_000);
    await insertArticle({ ...base, slug: `purani-${n}`, headline: `पुरानी ${n}`, body: { version: 1, blocks: [] }, status: "published", publishedAt, updatedAt: publishedAt });
  }
});

function item(xml: string, id: number): string {
  return xml.split("<item>").find((part) => part.includes(`-${id}</guid>`))!;
}

describe("the RSS feed", () => {
  it("describes the channel with its language, self link and the time of its newest story", async () => {
    const { body } = await buildRss("hi", (await getSectionBySlug("vyapar"))!, now);
    expect(body).toContain("<title>व्यापार — ख़बर दर्पण</title>");
    expect(body).toContain("<link>http://localhost:3000/vyapar</link>");
    expect(body).toContain("<language>hi</language>");
    expect(body).toContain('<atom:link href="http://localhost:3000/vyapar/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(body).toContain(`<lastBuildDate>${now.toUTCString()}</lastBuildDate>`);
  });

  it("carries a story's link as its permalink guid, its date, summary, full body, author, categories and hero", async () => {
    const story = item((await buildRss("hi", null, now)).body, storyId);
    const url = `http://localhost:3000/vyapar/bazar-mein-tezi-${storyId}`;
    expect(story).toContain("<title>बाज़ार में तेज़ी ]]&gt; &lt;b&gt;</title>");
    expect(story).toContain(`<link>${url}</link>`);
    expect(story).toContain(`<guid isPermaLink="true">${url}</guid>`);
    expect(story).toContain(`<pubDate>${now.toUTCString()}</pubDate>`);
    expect(story).toContain("<description>सेंसेक्स चढ़ा।</description>");
    // The body is HTML-escaped before it goes into CDATA, so "]]>" typed in the story cannot close the section.
    expect(story).toContain("<content:encoded><![CDATA[<h2>शुरुआत</h2>\n<p>पहला अनुच्छेद ]]&gt; यहाँ।</p>\n<figure><img src=\"http://localhost:3000/media/");
    expect(story).toContain(`<dc:creator>${authorName}</dc:creator>`);
    expect(story).toContain("<category>व्यापार</category>");
    expect(story).toContain("<category>सेंसेक्स</category>");
    expect(story).toContain(`<enclosure url="http://localhost:3000/media/${hero.fileName}" length="${hero.bytes}" type="${hero.mimeType}"/>`);
  });

  it("falls back to the first paragraph for the summary and to the agency for the creator", async () => {
    const story = item((await buildRss("hi", null, now)).body, agencyStoryId);
    expect(story).toContain("<description>एजेंसी का पाठ।</description>");
    expect(story).toContain("<dc:creator>भाषा</dc:creator>");
    expect(story).not.toContain("<enclosure");
  });

  it("holds the newest 50 stories of its language and never a draft", async () => {
    const { body } = await buildRss("hi", null, now);
    expect(body.match(/<item>/g)).toHaveLength(rssItemCount);
    expect(body).not.toContain(`-${draftId}</guid>`);
    expect((await buildRss("en", null, now)).body).not.toContain("/vyapar/bazar-mein-tezi-");
  });

  it("gives the same stories the same bytes, so the ETag holds between requests", async () => {
    expect((await buildRss("hi", null, now)).body).toBe((await buildRss("hi", null, new Date(now.getTime() + 60_000))).body);
  });
});
