import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { getDb } from "../client";
import { articleAutosaves, articles, tags } from "../schema";
import {
  claimLock,
  type ContentFields,
  createDraftArticle,
  getArticleForEditing,
  getAutosave,
  getRevision,
  listRevisions,
  releaseLock,
  saveArticleContent,
  slugsStartingWith,
  storeAutosave,
} from "./articleEditing";
import type { ArticleSnapshot } from "./articleSnapshot";
import { getSectionBySlug } from "./sections";
import { insertUser } from "./users";

setUpTemporaryDatabase();
let sectionId: number;
let savita: number;
let mohan: number;

const minute = 60_000;
const t0 = new Date("2025-03-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);
/** The lock rule of lib/newsroom/locks: 90 seconds without a heartbeat and the lock has lapsed. */
const lapsedBefore = (now: Date) => new Date(now.getTime() - 90_000);

beforeAll(async () => {
  sectionId = (await getSectionBySlug("desh"))!.id;
  savita = await insertUser({ email: "savita@example.com", name: "सविता", passwordHash: "x", role: "editor" });
  mohan = await insertUser({ email: "mohan@example.com", name: "मोहन", passwordHash: "x", role: "editor" });
});

function fields(headline: string, overrides: Partial<ContentFields> = {}): ContentFields {
  return {
    headline,
    standfirst: "",
    body: { version: 1, blocks: [{ type: "paragraph", content: [{ text: `${headline} का पाठ।` }] }] },
    bodyText: `${headline} का पाठ।`,
    sectionId,
    agency: null,
    bylineText: null,
    datelinePlace: null,
    datelineDay: null,
    datelineMonth: null,
    datelineYear: null,
    heroMediaId: null,
    socialMediaId: null,
    locale: "hi",
    slug: `lekh-${headline.length}`,
    metaTitle: null,
    metaDescription: null,
    translationOfId: null,
    ...overrides,
  };
}

function save(articleId: number, baseVersion: number, userId: number, headline: string, now: Date, extra: { tags?: string[]; kind?: "save" | "restore"; fields?: ContentFields } = {}) {
  return saveArticleContent({
    articleId,
    baseVersion,
    userId,
    kind: extra.kind ?? "save",
    fields: extra.fields ?? fields(headline),
    tags: (extra.tags ?? []).map((name, i) => ({ name, slug: `tag-${name.length}-${i}` })),
    authorIds: [],
    now,
    lapsedBefore: lapsedBefore(now),
  });
}

async function newDraft(userId = savita) {
  return createDraftArticle({ locale: "hi", sectionId, userId, now: t0 });
}

describe("a new draft", () => {
  it("starts empty at version 1 with a placeholder slug and its creator", async () => {
    const id = await newDraft();
    const article = (await getArticleForEditing(id))!;
    expect(article).toMatchObject({ headline: "", status: "draft", version: 1, slug: `draft-${id}`, createdByUserId: savita, tags: [], authorIds: [] });
  });
});

describe("saving", () => {
  it("moves the article to the next version and records that version as a revision", async () => {
    const id = await newDraft();
    const result = await save(id, 1, savita, "पहला शीर्षक", at(1), { tags: ["चुनाव", "बिहार"] });
    expect(result).toMatchObject({ outcome: "saved", version: 2 });

    const article = (await getArticleForEditing(id))!;
    expect(article).toMatchObject({ version: 2, headline: "पहला शीर्षक", tags: ["चुनाव", "बिहार"], lastSavedBy: "सविता" });
    const revisions = await listRevisions(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 2, kind: "save", userName: "सविता" });
    const revision = (await getRevision(id, revisions[0]!.id))!;
    expect((revision.snapshot as ArticleSnapshot).headline).toBe("पहला शीर्षक");
    expect((revision.snapshot as ArticleSnapshot).tags).toEqual(["चुनाव", "बिहार"]);
  });

  it("reuses a tag of the same name in the locale and gives a new one a free slug", async () => {
    const id = await newDraft();
    await getDb().insert(tags).values({ locale: "hi", name: "नया-टैग", slug: "naya-tag" });
    await save(id, 1, savita, "टैग पहले", at(1), { tags: ["चुनाव"] });
    await releaseLock(id, savita);
    await saveArticleContent({
      articleId: id,
      baseVersion: 2,
      userId: savita,
      kind: "save",
      fields: fields("टैग"),
      tags: [
        { name: "चुनाव", slug: "chunav-is-ignored" },
        { name: "नया टैग", slug: "naya-tag" },
      ],
      authorIds: [],
      now: at(2),
      lapsedBefore: lapsedBefore(at(2)),
    });
    const rows = await getDb().select().from(tags).where(eq(tags.locale, "hi"));
    expect(rows.filter((tag) => tag.name === "चुनाव")).toHaveLength(1);
    expect(rows.find((tag) => tag.name === "नया टैग")!.slug).toBe("naya-tag-2");
    expect((await getArticleForEditing(id))!.tags).toEqual(["चुनाव", "नया टैग"]);
  });

  it("refuses a save from an older version, changes nothing, and answers with the newer text and who saved it", async () => {
    const id = await newDraft();
    await save(id, 1, savita, "सविता का शीर्षक", at(1));
    await releaseLock(id, savita);
    const before = (await getArticleForEditing(id))!;

    const stale = await save(id, 1, mohan, "मोहन का शीर्षक", at(2));
    expect(stale).toMatchObject({ outcome: "conflict", current: { version: 2, savedBy: "सविता", savedAt: at(1) } });
    if (stale.outcome !== "conflict") throw new Error("expected a conflict");
    expect(stale.current.snapshot.headline).toBe("सविता का शीर्षक");

    expect(await getArticleForEditing(id)).toEqual(before);
    expect(await listRevisions(id)).toHaveLength(1);
  });

  it("clears the saver's autosave, and only theirs", async () => {
    const id = await newDraft();
    await storeAutosave({ articleId: id, userId: savita, baseVersion: 1, snapshot: { headline: "सविता अधूरा" }, now: at(1), lapsedBefore: lapsedBefore(at(1)) });
    await storeAutosave({ articleId: id, userId: mohan, baseVersion: 1, snapshot: { headline: "मोहन अधूरा" }, now: at(1), lapsedBefore: lapsedBefore(at(1)) });
    await releaseLock(id, savita);
    await releaseLock(id, mohan);
    await save(id, 1, savita, "सहेजा", at(2));
    expect(await getAutosave(id, savita)).toBeUndefined();
    expect((await getAutosave(id, mohan))?.snapshot).toEqual({ headline: "मोहन अधूरा" });
  });

  it("refuses a save while another editor holds a live lock, and allows it once the lock has lapsed", async () => {
    const id = await newDraft();
    await claimLock({ articleId: id, userId: mohan, now: at(0), lapsedBefore: lapsedBefore(at(0)) });
    const refused = await save(id, 1, savita, "अवरुद्ध", at(1));
    expect(refused).toMatchObject({ outcome: "locked", holder: { userId: mohan, name: "मोहन" } });
    expect((await getArticleForEditing(id))!.version).toBe(1);
    expect(await save(id, 1, savita, "अब ठीक", at(2))).toMatchObject({ outcome: "saved", version: 2 });
  });
});

describe("autosave", () => {
  it("keeps one row per article and user, overwritten each time, without touching the version", async () => {
    const id = await newDraft();
    for (const [minutes, headline] of [[1, "प"], [2, "पह"], [3, "पहल"]] as const) {
      await storeAutosave({ articleId: id, userId: savita, baseVersion: 1, snapshot: { headline }, now: at(minutes), lapsedBefore: lapsedBefore(at(minutes)) });
    }
    await storeAutosave({ articleId: id, userId: mohan, baseVersion: 1, snapshot: { headline: "म" }, now: at(4), lapsedBefore: lapsedBefore(at(4)) });
    const rows = await getDb().select().from(articleAutosaves).where(eq(articleAutosaves.articleId, id));
    expect(rows).toHaveLength(2);
    expect(await getAutosave(id, savita)).toEqual({ baseVersion: 1, snapshot: { headline: "पहल" }, savedAt: at(3) });
    expect((await getArticleForEditing(id))!.version).toBe(1);
    expect(await listRevisions(id)).toHaveLength(0);
  });

  it("heartbeats the autosaver's lock but never takes a live lock from someone else", async () => {
    const id = await newDraft();
    expect(await storeAutosave({ articleId: id, userId: savita, baseVersion: 1, snapshot: {}, now: at(0), lapsedBefore: lapsedBefore(at(0)) })).toEqual({ heldByMe: true, holder: null });
    const mohanSees = await storeAutosave({ articleId: id, userId: mohan, baseVersion: 1, snapshot: { headline: "मोहन" }, now: at(1), lapsedBefore: lapsedBefore(at(1)) });
    expect(mohanSees).toMatchObject({ heldByMe: false, holder: { userId: savita } });
    expect((await getAutosave(id, mohan))?.snapshot).toEqual({ headline: "मोहन" });
  });
});

describe("restoring a revision", () => {
  it("makes a new version whose content equals the old snapshot, and keeps every revision in between", async () => {
    const id = await newDraft();
    await save(id, 1, savita, "संस्करण एक", at(1), { tags: ["पुराना"] });
    await save(id, 2, savita, "संस्करण दो", at(2), { tags: ["नया"] });
    await releaseLock(id, savita);
    const [, first] = await listRevisions(id);
    const old = (await getRevision(id, first!.id))!.snapshot as ArticleSnapshot;

    const { tags: oldTags, authorIds, ...oldFields } = old;
    const restored = await saveArticleContent({
      articleId: id,
      baseVersion: 3,
      userId: mohan,
      kind: "restore",
      fields: { ...oldFields, bodyText: "संस्करण एक का पाठ।" },
      tags: oldTags.map((name) => ({ name, slug: name })),
      authorIds,
      now: at(3),
      lapsedBefore: lapsedBefore(at(3)),
    });
    expect(restored).toMatchObject({ outcome: "saved", version: 4 });

    const article = (await getArticleForEditing(id))!;
    const content = Object.fromEntries(Object.keys(old).map((key) => [key, article[key as keyof ArticleSnapshot]]));
    expect(content).toEqual(old);
    expect(article.version).toBe(4);
    expect(article.lastSavedBy).toBe("मोहन");
    expect((await listRevisions(id)).map((r) => [r.version, r.kind])).toEqual([
      [4, "restore"],
      [3, "save"],
      [2, "save"],
    ]);
  });
});

describe("locks", () => {
  it("is taken when free, heartbeated by its holder, refused to another editor while live", async () => {
    const id = await newDraft();
    const claim = (userId: number, minutes: number, takeOver = false) =>
      claimLock({ articleId: id, userId, now: at(minutes), lapsedBefore: lapsedBefore(at(minutes)), takeOver });
    expect(await claim(savita, 0)).toEqual({ heldByMe: true, holder: null });
    expect(await claim(savita, 1)).toEqual({ heldByMe: true, holder: null });
    expect(await claim(mohan, 2)).toEqual({ heldByMe: false, holder: { userId: savita, name: "सविता", heartbeatAt: at(1) } });
  });

  it("lapses 90 seconds after the last heartbeat, and is then free for the next editor", async () => {
    const id = await newDraft();
    await claimLock({ articleId: id, userId: savita, now: at(0), lapsedBefore: lapsedBefore(at(0)) });
    const soon = new Date(at(0).getTime() + 89_000);
    const later = new Date(at(0).getTime() + 91_000);
    expect((await claimLock({ articleId: id, userId: mohan, now: soon, lapsedBefore: lapsedBefore(soon) })).heldByMe).toBe(false);
    expect((await claimLock({ articleId: id, userId: mohan, now: later, lapsedBefore: lapsedBefore(later) })).heldByMe).toBe(true);
  });

  it("can be taken over, leaving the previous holder's autosave theirs, and their next save is refused", async () => {
    const id = await newDraft();
    await storeAutosave({ articleId: id, userId: savita, baseVersion: 1, snapshot: { headline: "सविता का काम" }, now: at(0), lapsedBefore: lapsedBefore(at(0)) });
    expect(await claimLock({ articleId: id, userId: mohan, now: at(1), lapsedBefore: lapsedBefore(at(1)), takeOver: true })).toEqual({ heldByMe: true, holder: null });
    expect((await getAutosave(id, savita))?.snapshot).toEqual({ headline: "सविता का काम" });
    expect(await save(id, 1, savita, "सविता", at(2))).toMatchObject({ outcome: "locked", holder: { name: "मोहन" }, current: { version: 1 } });
    expect(await save(id, 1, mohan, "मोहन", at(2))).toMatchObject({ outcome: "saved" });
  });

  it("is released only by its holder", async () => {
    const id = await newDraft();
    await claimLock({ articleId: id, userId: savita, now: at(0), lapsedBefore: lapsedBefore(at(0)) });
    await releaseLock(id, mohan);
    expect((await claimLock({ articleId: id, userId: mohan, now: at(0), lapsedBefore: lapsedBefore(at(0)) })).heldByMe).toBe(false);
    await releaseLock(id, savita);
    expect((await claimLock({ articleId: id, userId: mohan, now: at(0), lapsedBefore: lapsedBefore(at(0)) })).heldByMe).toBe(true);
  });
});

describe("slugs in use", () => {
  it("lists the locale's other slugs that begin with a prefix, whatever LIKE would make of it", async () => {
    const id = await newDraft();
    const other = await newDraft();
    await getDb().update(articles).set({ slug: "chunav-2" }).where(eq(articles.id, other));
    await getDb().update(articles).set({ slug: "chunav" }).where(eq(articles.id, id));
    expect((await slugsStartingWith("hi", "chunav", id)).sort()).toEqual(["chunav-2"]);
    expect((await slugsStartingWith("hi", "chunav", 0)).sort()).toEqual(["chunav", "chunav-2"]);
    expect(await slugsStartingWith("en", "chunav", 0)).toEqual([]);
    expect(await slugsStartingWith("hi", "c_unav", 0)).toEqual([]);
  });
});
