import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { getDb } from "../client";
import { articleRevisions, articles } from "../schema";
import { readArticleSnapshot } from "./articleSnapshot";
import { insertArticle } from "./articleWrites";
import { getSectionBySlug } from "./sections";
import { getAuthorBySlug } from "./taxonomy";
import { insertUser } from "./users";
import { applyTransition, getArticleWorkflowState, publishDueArticles } from "./workflow";

setUpTemporaryDatabase();
let deshId: number;
let editorId: number;
let authorId: number;

beforeAll(async () => {
  deshId = (await getSectionBySlug("desh"))!.id;
  authorId = (await getAuthorBySlug("devendra-pandey"))!.id;
  editorId = await insertUser({ email: "sampadak@example.com", name: "संपादक", passwordHash: "not-a-real-hash", role: "editor" });
});

let slugCounter = 0;
function story(overrides: Partial<Parameters<typeof insertArticle>[0]> = {}) {
  slugCounter += 1;
  return insertArticle({
    locale: "hi",
    sectionId: deshId,
    slug: `karyapravah-${slugCounter}`,
    headline: "कार्यप्रवाह की परीक्षा",
    standfirst: "सार",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
    bodyText: "पाठ।",
    status: "in_review",
    updatedAt: new Date(),
    tags: [
      { slug: "sansad", name: "संसद" },
      { slug: "bajat", name: "बजट" },
    ],
    authorIds: [authorId],
    ...overrides,
  });
}

async function revisionsOf(articleId: number) {
  return getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, articleId));
}

describe("moving an article through the workflow", () => {
  it("publishes at the version the editor saw, bumps the version and records a publish revision of the whole article", async () => {
    const id = await story();
    const now = new Date();
    const result = await applyTransition({ articleId: id, expectedVersion: 1, from: "in_review", to: "published", publishedAt: now, scheduledAt: null, updatedAt: now, userId: editorId, kind: "publish" });
    expect(result).toEqual({ conflict: false, version: 2, status: "published", publishedAt: now, scheduledAt: null });

    const [revision, ...others] = await revisionsOf(id);
    expect(others).toEqual([]);
    expect(revision).toMatchObject({ version: 2, kind: "publish", userId: editorId });
    expect(revision!.snapshot).toMatchObject({ headline: "कार्यप्रवाह की परीक्षा", standfirst: "सार", sectionId: deshId, tags: ["संसद", "बजट"], authorIds: [authorId], locale: "hi" });
  });

  it("refuses a stale version as a conflict and changes nothing", async () => {
    const id = await story();
    const now = new Date();
    const first = await applyTransition({ articleId: id, expectedVersion: 1, from: "in_review", to: "draft", publishedAt: null, scheduledAt: null, updatedAt: now, userId: editorId, kind: "save" });
    expect(first).toMatchObject({ conflict: false, version: 2, status: "draft" });

    const stale = await applyTransition({ articleId: id, expectedVersion: 1, from: "in_review", to: "published", publishedAt: now, scheduledAt: null, updatedAt: now, userId: editorId, kind: "publish" });
    expect(stale).toEqual({ conflict: true, current: { version: 2, status: "draft" } });
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "draft", version: 2, publishedAt: null });
    expect((await revisionsOf(id)).map((r) => r.kind)).toEqual(["save"]);
  });

  it("refuses a step from a status the article is no longer in, even at the right version", async () => {
    const id = await story({ status: "draft" });
    const now = new Date();
    const result = await applyTransition({ articleId: id, expectedVersion: 1, from: "in_review", to: "published", publishedAt: now, scheduledAt: null, updatedAt: now, userId: editorId, kind: "publish" });
    expect(result).toEqual({ conflict: true, current: { version: 1, status: "draft" } });
    expect(await revisionsOf(id)).toEqual([]);
  });

  it("answers a conflict with no current state for an article that does not exist", async () => {
    const now = new Date();
    const result = await applyTransition({ articleId: 999_999, expectedVersion: 1, from: "draft", to: "in_review", publishedAt: null, scheduledAt: null, updatedAt: now, userId: editorId, kind: "save" });
    expect(result).toEqual({ conflict: true, current: null });
  });

  it("tells an untitled or empty draft from a story readers could read", async () => {
    const untitled = await story({ createdByUserId: editorId, headline: "", bodyText: "" });
    expect((await getArticleWorkflowState(untitled))!.complete).toBe(false);
  });

  it("reads what the publishing action needs, including the section's slug", async () => {
    const id = await story({ createdByUserId: editorId });
    expect(await getArticleWorkflowState(id)).toEqual({
      id,
      status: "in_review",
      version: 1,
      createdByUserId: editorId,
      publishedAt: null,
      scheduledAt: null,
      locale: "hi",
      sectionSlug: "desh",
      slug: `karyapravah-${slugCounter}`,
      complete: true,
    });
    expect(await getArticleWorkflowState(999_999)).toBeUndefined();
  });
});

describe("the snapshot a revision stores", () => {
  it("holds every editable field, tags by name and authors in byline order", async () => {
    const id = await story({ agency: "भाषा", datelinePlace: "नई दिल्ली", datelineDay: 14, datelineMonth: 9, metaTitle: "शीर्षक", authorIds: [authorId] });
    const snapshot = getDb().transaction((tx) => readArticleSnapshot(tx, id));
    expect(snapshot).toEqual({
      headline: "कार्यप्रवाह की परीक्षा",
      standfirst: "सार",
      body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: "पाठ।" }] }] },
      sectionId: deshId,
      agency: "भाषा",
      bylineText: null,
      datelinePlace: "नई दिल्ली",
      datelineDay: 14,
      datelineMonth: 9,
      datelineYear: null,
      heroMediaId: null,
      slug: `karyapravah-${slugCounter}`,
      locale: "hi",
      metaTitle: "शीर्षक",
      metaDescription: null,
      socialMediaId: null,
      translationOfId: null,
      tags: ["संसद", "बजट"],
      authorIds: [authorId],
    });
    expect(getDb().transaction((tx) => readArticleSnapshot(tx, 999_999))).toBeUndefined();
  });
});

describe("publishing what has fallen due", () => {
  it("keeps the first publication date of a story that went out before, was taken down and was rescheduled", async () => {
    const first = new Date(Date.now() - 86_400_000);
    const id = await story({ status: "scheduled", publishedAt: first, scheduledAt: new Date(Date.now() - 1000) });
    expect(await publishDueArticles(new Date())).toContain(id);
    expect(await getArticleWorkflowState(id)).toMatchObject({ status: "published", publishedAt: first, scheduledAt: null, version: 2 });
  });

  it("stamps a story that never went out with the moment it goes live", async () => {
    const id = await story({ status: "scheduled", scheduledAt: new Date(Date.now() - 1000) });
    const now = new Date();
    expect(await publishDueArticles(now)).toContain(id);
    const [row] = await getDb().select({ publishedAt: articles.publishedAt, updatedAt: articles.updatedAt }).from(articles).where(eq(articles.id, id));
    expect(row).toEqual({ publishedAt: now, updatedAt: now });
  });
});
