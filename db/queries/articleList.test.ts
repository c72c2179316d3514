import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { insertArticle } from "./articleWrites";
import { listDeskArticles } from "./articleList";
import { getSectionBySlug } from "./sections";
import { getAuthorBySlug } from "./taxonomy";
import { insertUser } from "./users";

setUpTemporaryDatabase();
let khelId: number;
let reporter: number;

beforeAll(async () => {
  khelId = (await getSectionBySlug("khel"))!.id;
  reporter = await insertUser({ email: "rekha@example.com", name: "रेखा", passwordHash: "x", role: "contributor" });
});

function draft(headline: string, overrides: Partial<Parameters<typeof insertArticle>[0]> = {}) {
  return insertArticle({
    locale: "hi",
    sectionId: khelId,
    slug: `desk-${headline.length}-${Math.random().toString(36).slice(2, 8)}`,
    headline,
    body: { version: 1, blocks: [] },
    bodyText: "",
    status: "draft",
    updatedAt: new Date(),
    tags: [],
    authorIds: [],
    ...overrides,
  });
}

describe("the newsroom's article list", () => {
  it("finds stories by a part of the headline, taking % and _ literally", async () => {
    const id = await draft("क्रिकेट: 100% जीत_पक्की");
    await draft("क्रिकेट: 100 रन");
    const found = await listDeskArticles({ headline: "100% जीत_" }, { limit: 10, offset: 0 });
    expect(found.items.map((item) => item.id)).toEqual([id]);
    expect(found.total).toBe(1);
  });

  it("filters by status, section, locale and byline author, and shows the byline", async () => {
    const author = (await getAuthorBySlug("devendra-pandey"))!;
    const id = await draft("लेखक वाला मसौदा", { authorIds: [author.id] });
    const found = await listDeskArticles({ status: "draft", sectionId: khelId, locale: "hi", authorId: author.id }, { limit: 10, offset: 0 });
    expect(found.items.map((item) => item.id)).toContain(id);
    expect(found.items.every((item) => item.status === "draft" && item.locale === "hi")).toBe(true);
    expect(found.items.find((item) => item.id === id)!.authors.map((a) => a.id)).toEqual([author.id]);
  });

  it("shows a contributor only the stories they created", async () => {
    const own = await draft("रेखा का मसौदा", { createdByUserId: reporter });
    const found = await listDeskArticles({ createdBy: reporter }, { limit: 10, offset: 0 });
    expect(found.items.map((item) => item.id)).toEqual([own]);
  });

  it("pages the list, most recently changed first", async () => {
    const first = await listDeskArticles({}, { limit: 5, offset: 0 });
    const second = await listDeskArticles({}, { limit: 5, offset: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.total).toBeGreaterThan(10);
    const times = [...first.items, ...second.items].map((item) => item.updatedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
