import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createDraftArticle, getArticleForEditing, releaseLock } from "@/db/queries/articleEditing";
import { getSectionBySlug } from "@/db/queries/sections";
import { insertUser } from "@/db/queries/users";
import { articles } from "@/db/schema";
import { type ArticleDraftInput, articleDraftSchema } from "@/lib/content/articleDraft";
import { ForbiddenError } from "@/lib/auth/permissions";
import { articleDraftInput } from "@/lib/testing/articleDraftInput";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { saveDraft } from "./articleSaving";

setUpTemporaryDatabase();
let sectionId: number;
let editor: { id: number; role: "editor" };
let contributor: { id: number; role: "contributor" };

beforeAll(async () => {
  sectionId = (await getSectionBySlug("khel"))!.id;
  editor = { id: await insertUser({ email: "desk@example.com", name: "डेस्क", passwordHash: "x", role: "editor" }), role: "editor" };
  contributor = { id: await insertUser({ email: "writer@example.com", name: "लेखिका", passwordHash: "x", role: "contributor" }), role: "contributor" };
});

function draft(overrides: Partial<ArticleDraftInput> = {}) {
  return articleDraftSchema.parse(articleDraftInput({ sectionId, tags: ["क्रिकेट"], ...overrides }));
}

async function save(articleId: number, baseVersion: number, overrides: Partial<ArticleDraftInput> = {}, kind: "save" | "restore" = "save") {
  const outcome = await saveDraft({ actor: editor, articleId, baseVersion, draft: draft(overrides), kind });
  await releaseLock(articleId, editor.id);
  return outcome;
}

describe("saving a draft", () => {
  it("gives a never-published story the headline's slug, numbered when another story of the locale has it", async () => {
    const first = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    const second = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    expect(await save(first, 1, { headline: "धोनी का आख़िरी मैच" })).toMatchObject({ outcome: "saved", slug: "dhoni-ka-akhiri-maich" });
    expect(await save(second, 1, { headline: "धोनी का आख़िरी मैच" })).toMatchObject({ outcome: "saved", slug: "dhoni-ka-akhiri-maich-2" });
  });

  it("keeps a published story's slug when the headline changes, and records a slug typed by hand as a change", async () => {
    const id = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    await save(id, 1, { headline: "पहला शीर्षक" });
    await getDb().update(articles).set({ status: "published", publishedAt: new Date(), version: 3 }).where(eq(articles.id, id));
    const kept = await save(id, 3, { headline: "बदला हुआ शीर्षक", slug: "" });
    expect(kept).toMatchObject({ outcome: "saved", slug: "pahla-shirshak", slugChange: null, live: true });
    const typed = await save(id, 4, { headline: "बदला हुआ शीर्षक", slug: "badla-hua" });
    expect(typed).toMatchObject({ outcome: "saved", slug: "badla-hua", slugChange: { from: "pahla-shirshak", to: "badla-hua" } });
  });

  it("restores a published story's content without taking back its old address", async () => {
    const id = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    await save(id, 1, { headline: "पुराना", slug: "purana-pata" });
    await getDb().update(articles).set({ status: "published", publishedAt: new Date(), slug: "naya-pata", version: 3 }).where(eq(articles.id, id));
    const restored = await save(id, 3, { headline: "पुराना", slug: "purana-pata" }, "restore");
    expect(restored).toMatchObject({ outcome: "saved", slug: "naya-pata", slugChange: null });
  });

  it("names the references that do not exist instead of failing on them", async () => {
    const id = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    const outcome = await save(id, 1, {
      authorIds: [99_999],
      heroMediaId: 99_999,
      translationOfId: id,
      body: { version: 1, blocks: [{ type: "image", mediaId: 99_998, alt: "चित्र" }] },
    });
    expect(outcome).toEqual({
      outcome: "invalid",
      fieldErrors: { authorIds: ["missing"], heroMediaId: ["missing"], body: ["imageMissing"], translationOfId: ["translationLocale"] },
    });
    expect((await getArticleForEditing(id))!.version).toBe(1);
  });

  it("lets a contributor save their own draft but not someone else's", async () => {
    const own = await createDraftArticle({ locale: "hi", sectionId, userId: contributor.id, now: new Date() });
    const other = await createDraftArticle({ locale: "hi", sectionId, userId: editor.id, now: new Date() });
    expect(await saveDraft({ actor: contributor, articleId: own, baseVersion: 1, draft: draft() })).toMatchObject({ outcome: "saved" });
    await expect(saveDraft({ actor: contributor, articleId: other, baseVersion: 1, draft: draft() })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
