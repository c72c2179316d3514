import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { getPublishedArticle, listAuthor, listLatest, listRelated, listSection, listSectionRails, listTag } from "./articles";
import { insertArticle } from "./articleWrites";
import { getSectionBySlug, listSections } from "./sections";
import { getAuthorBySlug, getTagBySlug } from "./taxonomy";

setUpTemporaryDatabase();
let videshId: number;

beforeAll(async () => {
  videshId = (await getSectionBySlug("videsh"))!.id;
});

function story(overrides: Partial<Parameters<typeof insertArticle>[0]> & { slug: string }) {
  const body = { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] };
  return insertArticle({
    locale: "hi",
    sectionId: videshId,
    headline: "परीक्षण",
    body,
    bodyText: "पाठ।",
    status: "published",
    publishedAt: new Date(),
    updatedAt: new Date(),
    tags: [],
    authorIds: [],
    ...overrides,
  });
}

describe("what readers are shown", () => {
  it("lists the nine sections in the newsroom's order", async () => {
    expect((await listSections()).map((s) => s.name)).toEqual(["देश", "विदेश", "राजनीति", "खेल", "व्यापार", "मनोरंजन", "टेक्नोलॉजी", "स्वास्थ्य", "शिक्षा"]);
  });

  it("shows the newest published stories first, in the reader's language only", async () => {
    const latest = await listLatest("hi", { limit: 50 });
    expect(latest.every((a) => a.locale === "hi")).toBe(true);
    const times = latest.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("never shows a draft or a story scheduled for later", async () => {
    const draft = await story({ status: "draft", headline: "मसौदा", slug: "masauda" });
    const future = await story({ publishedAt: new Date(Date.now() + 3_600_000), headline: "भविष्य", slug: "bhavishya" });
    expect(await getPublishedArticle(draft)).toBeUndefined();
    expect(await getPublishedArticle(future)).toBeUndefined();
    const ids = (await listSection("hi", videshId, { limit: 100 })).items.map((a) => a.id);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(future);
  });

  it("pages a section front and counts all its stories", async () => {
    const first = await listSection("hi", videshId, { limit: 2 });
    const second = await listSection("hi", videshId, { limit: 2, offset: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(5);
    expect(second.items[0]!.publishedAt.getTime()).toBeLessThanOrEqual(first.items[1]!.publishedAt.getTime());
    expect(second.items.map((a) => a.id)).not.toContain(first.items[0]!.id);
  });

  it("gives each section rail at most the asked number of its own newest stories", async () => {
    const rails = await listSectionRails("hi", 3);
    expect(rails.size).toBe(9);
    for (const [sectionId, stories] of rails) {
      expect(stories.length).toBeLessThanOrEqual(3);
      expect(stories.every((s) => s.section.id === sectionId)).toBe(true);
    }
  });

  it("reads the seed article whole: dateline, credit line, no authors, and its English translation", async () => {
    const seed = (await getPublishedArticle(1))!;
    expect(seed.headline.startsWith("पुतिन ने किम जोंग उन")).toBe(true);
    expect(seed.dateline).toEqual({ place: "प्योंगयांग", day: 14, month: 9, year: null });
    expect(seed.bylineText).toBe("सियासी मीयर की रिपोर्ट");
    expect(seed.bodyText).toContain("वास्तविक अंतरराष्ट्रीय न्याय");
    expect(seed.translation?.locale).toBe("en");
    const english = (await getPublishedArticle(seed.translation!.id))!;
    expect(english.translation?.id).toBe(1);
  });

  it("lists a tag's and an author's stories", async () => {
    const seed = (await getPublishedArticle(1))!;
    const tag = (await getTagBySlug("hi", seed.tags[0]!.slug))!;
    expect((await listTag(tag.id, { limit: 10 })).items.map((a) => a.id)).toContain(1);

    const author = (await getAuthorBySlug("devendra-pandey"))!;
    const written = await listAuthor("hi", author.id, { limit: 10 });
    expect(written.total).toBeGreaterThan(0);
    expect(written.items.every((a) => a.locale === "hi")).toBe(true);
  });

  it("relates stories that share tags before others of the same section", async () => {
    const seed = (await getPublishedArticle(1))!;
    const related = await listRelated(seed, 4);
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((a) => a.id)).not.toContain(1);
    expect(related.every((a) => a.locale === "hi")).toBe(true);
  });
});
