import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { getAuthorBySlug } from "@/db/queries/taxonomy";
import { insertUser } from "@/db/queries/users";
import { articleAuthors, articleRevisions, articles, articleTags, auditEvents, sections, tags, wireImports } from "@/db/schema";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";

// Audit events read the client's address from the request; an import from the command line has none.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  clientAddress: async () => "203.0.113.7",
}));

const { importWireFiles, ImportSetupError, previewWireFiles } = await import("./importWireFiles");
type WireFile = import("./importWireFiles").WireFile;
type ImportOutcome = import("./importWireFiles").ImportOutcome;

setUpTemporaryDatabase();

// Shared test data, read in place (never copied into the project).
const corpusDir = fileURLToPath(new URL("../../../shared/corpus/wire/", import.meta.url));
const corpus: WireFile[] = fs
  .readdirSync(corpusDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, bytes: fs.readFileSync(corpusDir + name) }));
const now = new Date("2026-11-30T11:00:00+05:30");
const utf8 = (text: string) => new TextEncoder().encode(text);

let copyNumber = 0;
/** A fresh copy whose headline and place no other test uses. */
function freshCopy(lines: { place?: string; byline?: string; dateline?: string } = {}): WireFile {
  copyNumber += 1;
  const place = lines.place ?? `परीक्षणपुर${"क".repeat(copyNumber)}`;
  const text = [
    `परीक्षण समाचार संख्या ${copyNumber}`,
    `${place}, ${lines.dateline ?? "29 नवंबर"} । पहला वाक्य है।`,
    "दूसरा अनुच्छेद है।",
    lines.byline ?? "ब्यूरो रिपोर्ट",
  ].join("\n");
  return { name: `copy-${copyNumber}.txt`, bytes: utf8(text) };
}

async function rowCounts() {
  const db = getDb();
  const n = async (table: typeof articles | typeof tags | typeof articleRevisions | typeof wireImports | typeof articleTags | typeof auditEvents) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    articles: await n(articles),
    tags: await n(tags),
    articleTags: await n(articleTags),
    revisions: await n(articleRevisions),
    wireImports: await n(wireImports),
    auditEvents: await n(auditEvents),
  };
}

const draft = { status: "draft", dryRun: false, userId: null, now } as const;
const okOutcome = (outcome: ImportOutcome | undefined) => {
  if (!outcome?.ok) throw new Error(`expected a success, got ${JSON.stringify(outcome)}`);
  return outcome;
};

describe("a dry run over the corpus", () => {
  it("reads all 31 copies and writes nothing at all", async () => {
    const before = await rowCounts();
    const outcomes = await importWireFiles(corpus, { ...draft, dryRun: true });
    expect(outcomes).toHaveLength(31);
    expect(outcomes.every((o) => o.ok && o.outcome === "would-import")).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it("reads the portal's first copy as Pyongyang, 14 September, no year written, the date resolved to this year", async () => {
    const [first] = await importWireFiles(corpus.slice(0, 1), { ...draft, dryRun: true });
    const { article } = okOutcome(first);
    expect(article.headline).toBe("पुतिन ने किम जोंग उन का निमंत्रण का स्वीकारा…");
    expect(article.dateline).toEqual({ place: "प्योंगयांग", day: 14, month: 9, year: null, agency: null, date: "2026-09-14" });
    expect(article.paragraphs).toHaveLength(14);
    expect(article.paragraphs[0]).toBe("रूसी राष्ट्रपति व्लादिमीर पुतिन ने उत्तर कोरिया के नेता किम जोंग-उन के देश की यात्रा के निमंत्रण को स्वीकार कर लिया है।");
    expect(article.paragraphs.some((p) => p.includes("वास्तविक अंतरराष्ट्रीय न्याय"))).toBe(true);
    expect(article.byline).toBe("सियासी मीयर की रिपोर्ट");
  });

  it("gives a place-only dateline no resolved date", () => {
    const [outcome] = previewWireFiles([{ name: "kolkata.txt", bytes: utf8("शीर्षक\nकोलकाता: बारिश हो रही है।") }], now);
    expect(okOutcome(outcome).article.dateline).toEqual({ place: "कोलकाता", day: null, month: null, year: null, agency: null });
  });

  it("reports the second of two identical files as already imported, without a database", () => {
    const copy = freshCopy();
    const outcomes = previewWireFiles([copy, { ...copy, name: "again.txt" }], now);
    expect(outcomes.map((o) => o.ok && o.outcome)).toEqual(["would-import", "already-imported"]);
  });
});

describe("importing the corpus", () => {
  let outcomes: ImportOutcome[];
  let before: Awaited<ReturnType<typeof rowCounts>>;

  beforeAll(async () => {
    before = await rowCounts();
    outcomes = await importWireFiles(corpus, { ...draft, sectionSlug: "desh" });
  });

  it("imports all 31 copies as drafts of the section asked for", async () => {
    expect(outcomes.map((o) => o.ok && o.outcome)).toEqual(Array(31).fill("imported"));
    const ids = outcomes.map((o) => okOutcome(o).articleId!);
    const rows = await getDb().select({ status: articles.status, section: sections.slug, publishedAt: articles.publishedAt }).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId)).where(sql`${articles.id} in ${ids}`);
    expect(rows).toHaveLength(31);
    expect(rows.every((row) => row.status === "draft" && row.section === "desh" && row.publishedAt === null)).toBe(true);
  });

  it("leaves one import revision and one wire_imports row per article", async () => {
    const after = await rowCounts();
    expect(after.articles - before.articles).toBe(31);
    expect(after.revisions - before.revisions).toBe(31);
    expect(after.wireImports - before.wireImports).toBe(31);
    const first = okOutcome(outcomes[0]).articleId!;
    const [revision] = await getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, first));
    expect(revision).toMatchObject({ kind: "import", version: 1, userId: null });
    expect(revision!.snapshot).toMatchObject({ headline: "पुतिन ने किम जोंग उन का निमंत्रण का स्वीकारा…", datelinePlace: "प्योंगयांग", tags: ["प्योंगयांग"] });
  });

  it("stores the first copy's dateline without a year, since 14 September is this year's, and its credit line as text", async () => {
    const [row] = await getDb().select().from(articles).where(eq(articles.id, okOutcome(outcomes[0]).articleId!));
    expect(row).toMatchObject({ datelinePlace: "प्योंगयांग", datelineDay: 14, datelineMonth: 9, datelineYear: null, agency: null, bylineText: "सियासी मीयर की रिपोर्ट" });
  });

  it("stores a December dateline without a year as last year's, when imported in November", async () => {
    const index = corpus.findIndex((file) => file.name.startsWith("20-"));
    const [row] = await getDb().select().from(articles).where(eq(articles.id, okOutcome(outcomes[index]).articleId!));
    expect(row).toMatchObject({ datelineDay: 22, datelineMonth: 12, datelineYear: 2025 });
    expect(okOutcome(outcomes[index]).article.dateline).toMatchObject({ year: null, date: "2025-12-22" });
  });

  it("credits an agency once: “(आईएएनएस) … एजेंसी” keeps the agency and no credit line", async () => {
    const index = corpus.findIndex((file) => file.name.startsWith("05-"));
    const [row] = await getDb().select().from(articles).where(eq(articles.id, okOutcome(outcomes[index]).articleId!));
    expect(row).toMatchObject({ agency: "आईएएनएस", bylineText: null });
  });

  it("tags each article with its dateline place, reusing the demo newsroom's tag of that name", async () => {
    const index = corpus.findIndex((file) => file.name.startsWith("16-"));
    const tagRows = await getDb().select({ name: tags.name, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, okOutcome(outcomes[index]).articleId!));
    expect(tagRows).toEqual([{ name: "मुंबई", slug: "mumbai" }]);
    const mumbai = await getDb().select({ n: count() }).from(tags).where(and(eq(tags.locale, "hi"), eq(tags.name, "मुंबई")));
    expect(mumbai[0]!.n).toBe(1);
  });

  it("reports the same files as already imported the second time, with the same articles, and writes nothing", async () => {
    const counts = await rowCounts();
    const again = await importWireFiles(corpus, draft);
    expect(again.map((o) => o.ok && o.outcome)).toEqual(Array(31).fill("already-imported"));
    expect(again.map((o) => okOutcome(o).articleId)).toEqual(outcomes.map((o) => okOutcome(o).articleId));
    expect(await rowCounts()).toEqual(counts);
  });

  it("reports them as already imported in a dry run too", async () => {
    const again = await importWireFiles(corpus.slice(0, 2), { ...draft, dryRun: true });
    expect(again.map((o) => o.ok && o.outcome)).toEqual(["already-imported", "already-imported"]);
    expect(okOutcome(again[0]).articleId).toBe(okOutcome(outcomes[0]).articleId);
  });
});

describe("a batch with trouble in it", () => {
  it("imports the second of two identical files as already imported by the first", async () => {
    const copy = freshCopy();
    const [first, second] = await importWireFiles([copy, { ...copy, name: "same-again.txt" }], draft);
    expect(okOutcome(first).outcome).toBe("imported");
    expect(okOutcome(second)).toMatchObject({ outcome: "already-imported", articleId: okOutcome(first).articleId });
  });

  it("fails a bad file alone and imports the good ones around it", async () => {
    const good = [freshCopy(), freshCopy()];
    const notUtf8 = { name: "latin1.txt", bytes: new Uint8Array([0x41, 0xe9, 0x0a, 0x42]) };
    const outcomes = await importWireFiles([good[0]!, notUtf8, { name: "empty.txt", bytes: new Uint8Array() }, good[1]!], draft);
    expect(outcomes.map((o) => (o.ok ? o.outcome : o.error))).toEqual([
      "imported",
      "not UTF-8 text (invalid byte at offset 1)",
      "empty file",
      "imported",
    ]);
  });

  it("refuses a copy with a headline and nothing else", async () => {
    const [outcome] = await importWireFiles([{ name: "headline.txt", bytes: utf8("केवल शीर्षक\n\n") }], draft);
    expect(outcome).toMatchObject({ file: "headline.txt", ok: false, error: "no body text after the headline" });
  });

  it("leaves nothing of an article whose write fails halfway, and still imports the others of its transaction", async () => {
    const doomed = freshCopy({ place: "विफलपुर" });
    const doomedHeadline = new TextDecoder().decode(doomed.bytes).split("\n")[0]!;
    const survivors = [freshCopy(), freshCopy()];
    const db = getDb();
    // Fails the last statement of the article's write, after its article, tag, author and revision rows.
    db.run(sql.raw(`create temp trigger fail_one_import before insert on wire_imports when new.file_name = '${doomed.name}' begin select raise(abort, 'forced failure'); end`));
    const before = await rowCounts();
    try {
      const outcomes = await importWireFiles([survivors[0]!, doomed, survivors[1]!], draft);
      expect(outcomes.map((o) => (o.ok ? o.outcome : o.error))).toEqual(["imported", "not saved: forced failure", "imported"]);
    } finally {
      db.run(sql.raw("drop trigger temp.fail_one_import"));
    }
    const after = await rowCounts();
    expect(after.articles - before.articles).toBe(2);
    expect(after.revisions - before.revisions).toBe(2);
    expect(after.wireImports - before.wireImports).toBe(2);
    expect(after.tags - before.tags).toBe(2);
    expect(await db.select().from(tags).where(eq(tags.name, "विफलपुर"))).toEqual([]);
    expect(await db.select().from(articles).where(eq(articles.headline, doomedHeadline))).toEqual([]);
  });

  it("refuses an unknown section for the whole run before writing anything", async () => {
    const before = await rowCounts();
    await expect(importWireFiles([freshCopy()], { ...draft, sectionSlug: "no-such-section" })).rejects.toThrow(ImportSetupError);
    await expect(importWireFiles([freshCopy()], { ...draft, sectionSlug: "no-such-section" })).rejects.toThrow(/unknown section "no-such-section" \(known: desh, /);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a tag with nothing to put in a URL for the whole run", async () => {
    await expect(importWireFiles([freshCopy()], { ...draft, tags: ["।।"] })).rejects.toThrow(ImportSetupError);
  });
});

describe("what an imported article carries", () => {
  it("puts a copy in the first section when none is named", async () => {
    const [outcome] = await importWireFiles([freshCopy()], draft);
    const [row] = await getDb().select({ position: sections.position }).from(articles).innerJoin(sections, eq(sections.id, articles.sectionId)).where(eq(articles.id, okOutcome(outcome).articleId!));
    const [first] = await getDb().select({ position: sections.position }).from(sections).orderBy(asc(sections.position)).limit(1);
    expect(row!.position).toBe(first!.position);
  });

  it("links a byline that names a staff author, and keeps no credit line then", async () => {
    const shalini = (await getAuthorBySlug("shalini-verma"))!;
    const [outcome] = await importWireFiles([freshCopy({ byline: "संवाददाता: शालिनी वर्मा" })], draft);
    const articleId = okOutcome(outcome).articleId!;
    expect(await getDb().select({ authorId: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, articleId))).toEqual([{ authorId: shalini.id }]);
    const [row] = await getDb().select({ bylineText: articles.bylineText }).from(articles).where(eq(articles.id, articleId));
    expect(row!.bylineText).toBeNull();
  });

  it("keeps a byline naming nobody on the staff as the article's credit line", async () => {
    const [outcome] = await importWireFiles([freshCopy({ byline: "— रिपोर्ट: अज्ञात लेखक" })], draft);
    const [row] = await getDb().select({ bylineText: articles.bylineText }).from(articles).where(eq(articles.id, okOutcome(outcome).articleId!));
    expect(row!.bylineText).toBe("— रिपोर्ट: अज्ञात लेखक");
  });

  it("adds the tags asked for after the dateline place, normalised", async () => {
    const [outcome] = await importWireFiles([freshCopy({ place: "मेरठ" })], { ...draft, tags: ["बा\u095Cढ़ ", "मेरठ"] });
    const rows = await getDb().select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, okOutcome(outcome).articleId!)).orderBy(asc(articleTags.position));
    expect(rows.map((row) => row.name)).toEqual(["मेरठ", "बा\u095Cढ़".normalize("NFC")]);
  });

  it("gives two copies with the same headline different slugs", async () => {
    const text = "एक ही शीर्षक वाली ख़बर\nपटना, 3 अगस्त। पहला वाक्य।\n";
    const outcomes = await importWireFiles([{ name: "a.txt", bytes: utf8(text) }, { name: "b.txt", bytes: utf8(`${text}दूसरा संस्करण।\n`) }], draft);
    const ids = outcomes.map((o) => okOutcome(o).articleId!);
    const slugs = await getDb().select({ slug: articles.slug }).from(articles).where(sql`${articles.id} in ${ids}`).orderBy(asc(articles.id));
    expect(slugs.map((row) => row.slug)).toEqual(["ek-hi-shirshak-vali-khabar", "ek-hi-shirshak-vali-khabar-2"]);
  });

  it("publishes at the import time when asked to, with a reader URL", async () => {
    const [outcome] = await importWireFiles([freshCopy()], { ...draft, status: "published", sectionSlug: "khel" });
    const { articleId, url, editPath } = okOutcome(outcome);
    const [row] = await getDb().select({ status: articles.status, publishedAt: articles.publishedAt, slug: articles.slug }).from(articles).where(eq(articles.id, articleId!));
    expect(row).toMatchObject({ status: "published", publishedAt: now });
    expect(url).toBe(`/khel/${row!.slug}-${articleId}`);
    expect(editPath).toBe(`/admin/articles/${articleId}`);
  });

  it("records who imported what when a newsroom user imports", async () => {
    const userId = await insertUser({ email: "importer@example.com", name: "आयातक", passwordHash: "not-a-real-hash", role: "editor" });
    const [outcome] = await importWireFiles([freshCopy()], { ...draft, userId });
    const articleId = okOutcome(outcome).articleId!;
    const [event] = await getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "article.import"), eq(auditEvents.targetId, articleId)));
    expect(event).toMatchObject({ userId, targetType: "article", ip: "203.0.113.7" });
    const [row] = await getDb().select({ createdByUserId: articles.createdByUserId }).from(articles).where(eq(articles.id, articleId));
    expect(row!.createdByUserId).toBe(userId);
    const [imported] = await getDb().select({ by: wireImports.importedByUserId }).from(wireImports).where(eq(wireImports.articleId, articleId));
    expect(imported!.by).toBe(userId);
  });

  it("records no audit event for an import from the command line", async () => {
    const before = (await rowCounts()).auditEvents;
    await importWireFiles([freshCopy()], draft);
    expect((await rowCounts()).auditEvents).toBe(before);
  });

  it("tells its progress, ending with every file done", async () => {
    const progress: [number, number][] = [];
    await importWireFiles([freshCopy(), freshCopy(), freshCopy()], { ...draft, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress.at(-1)).toEqual([3, 3]);
  });
});
