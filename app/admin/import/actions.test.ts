import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { count, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { insertUser, type StaffUser } from "@/db/queries/users";
import { articles, auditEvents, type Role, wireImports } from "@/db/schema";
import { signInAs } from "@/lib/testing/signedInSession";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import messages from "@/messages/hi.json";

// The action runs as whoever this test signs in; permissions, importer, database and messages are the real thing.
vi.mock("@/lib/auth/session", async (importOriginal) =>
  (await import("@/lib/testing/signedInSession")).signedInSession(await importOriginal()),
);
vi.mock("next-intl/server", () => ({
  getLocale: async () => "hi",
  getTranslations: async (namespace: string) => createTranslator({ locale: "hi", messages, namespace: namespace as never }),
}));
// The real importer, watched: a refused request must not reach it at all.
vi.mock("@/lib/import/importWireFiles", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/import/importWireFiles")>();
  return { ...original, importWireFiles: vi.fn(original.importWireFiles) };
});

const { importWireCopies } = await import("./actions");
const { importWireFiles } = await import("@/lib/import/importWireFiles");

const corpus = fileURLToPath(new URL("../../../../shared/corpus/wire/", import.meta.url));
const text = messages.admin.import;

function corpusFile(name: string): File {
  return new File([fs.readFileSync(`${corpus}${name}`)], name, { type: "text/plain" });
}

function upload(files: (File | string)[], fields: { section?: string; status?: string; dryRun?: boolean } = {}): FormData {
  const data = new FormData();
  for (const file of files) data.append("files", file);
  data.append("section", fields.section ?? "khel");
  data.append("status", fields.status ?? "draft");
  if (fields.dryRun) data.append("dryRun", "1");
  return data;
}

setUpTemporaryDatabase();
const staff = {} as Record<Role, StaffUser>;

beforeAll(async () => {
  for (const role of ["contributor", "author", "editor", "admin"] as const) {
    const email = `${role}@example.com`;
    const id = await insertUser({ email, name: role, passwordHash: "not-a-real-hash", role });
    staff[role] = { id, email, name: role, role, locale: "hi" };
  }
});

beforeEach(() => {
  vi.mocked(importWireFiles).mockClear();
});

function as(role: Role | null) {
  signInAs(role ? staff[role] : null);
}

async function importedCount(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(wireImports);
  return row!.n;
}

function articleIdOf(editPath: string | null): number {
  return Number(/^\/admin\/articles\/(\d+)$/.exec(editPath ?? "")?.[1]);
}

describe("who may import wire copy from the newsroom", () => {
  it("refuses a signed-out request before reading any file", async () => {
    as(null);
    expect(await importWireCopies(upload([corpusFile("12-ranji-vidarbha-jeet.txt")]))).toMatchObject({ ok: false, code: "signedOut" });
    expect(importWireFiles).not.toHaveBeenCalled();
  });

  it("refuses a contributor who asks for “published” — even for a preview — and writes nothing", async () => {
    as("contributor");
    const before = await importedCount();
    for (const dryRun of [false, true]) {
      expect(await importWireCopies(upload([corpusFile("12-ranji-vidarbha-jeet.txt")], { status: "published", dryRun }))).toEqual({
        ok: false,
        code: "forbidden",
        error: text.errors.publishForbidden,
      });
    }
    expect(importWireFiles).not.toHaveBeenCalled();
    expect(await importedCount()).toBe(before);
  });

  it("lets a contributor import as a draft or for review; the stories are theirs, in the chosen section", async () => {
    as("contributor");
    for (const [name, status] of [
      ["13-kabaddi-gaya-khitab.txt", "draft"],
      ["15-athletics-100m-record.txt", "in_review"],
    ] as const) {
      const result = await importWireCopies(upload([corpusFile(name)], { status }));
      expect(result).toMatchObject({ ok: true, data: { dryRun: false, rows: [{ file: name, state: "imported", reason: null }] } });
      const id = articleIdOf(result.ok ? result.data.rows[0]!.editPath : null);
      const [article] = await getDb().select().from(articles).where(eq(articles.id, id));
      expect(article).toMatchObject({ status, createdByUserId: staff.contributor.id, publishedAt: null });
    }
    expect(vi.mocked(importWireFiles).mock.calls.map(([, options]) => options)).toEqual([
      { sectionSlug: "khel", status: "draft", dryRun: false, userId: staff.contributor.id },
      { sectionSlug: "khel", status: "in_review", dryRun: false, userId: staff.contributor.id },
    ]);
  });

  it("lets an author import straight to published, and leaves an audit event naming the file", async () => {
    as("author");
    const result = await importWireCopies(upload([corpusFile("14-junior-hockey-malaysia.txt")], { status: "published" }));
    expect(result).toMatchObject({ ok: true, data: { rows: [{ state: "imported" }] } });
    const id = articleIdOf(result.ok ? result.data.rows[0]!.editPath : null);
    const [article] = await getDb().select().from(articles).where(eq(articles.id, id));
    expect(article).toMatchObject({ status: "published", createdByUserId: staff.author.id });
    expect(article!.publishedAt).not.toBeNull();
    const [audit] = await getDb().select().from(auditEvents).where(eq(auditEvents.targetId, id));
    expect(audit).toMatchObject({ action: "article.import", userId: staff.author.id, details: { file: "14-junior-hockey-malaysia.txt" } });
  });
});

describe("what an upload reports", () => {
  it("previews without writing: headline, dateline with the settled year and agency, byline, paragraph count", async () => {
    as("editor");
    const before = await importedCount();
    const result = await importWireCopies(upload([corpusFile("02-pune-metro-naya-khand.txt")], { dryRun: true }));
    expect(result).toMatchObject({
      ok: true,
      data: {
        dryRun: true,
        rows: [
          {
            state: "preview",
            headline: "पुणे मेट्रो के नए खंड पर सेवा शुरू, पहले दिन 38 हज़ार यात्री",
            byline: "एजेंसी",
            paragraphs: 6,
            editPath: null,
          },
        ],
      },
    });
    expect(result.ok && result.data.rows[0]!.dateline).toMatch(/^पुणे, 6 मार्च 20\d\d \(एजेंसी\)$/);
    expect(await importedCount()).toBe(before);
  });

  it("reports a copy uploaded again as already imported, with the story it became, and makes no second story", async () => {
    as("editor");
    const first = await importWireCopies(upload([corpusFile("16-sensex-rupaya.txt")]));
    const again = await importWireCopies(upload([corpusFile("16-sensex-rupaya.txt")]));
    const preview = await importWireCopies(upload([corpusFile("16-sensex-rupaya.txt")], { dryRun: true }));
    const editPath = first.ok ? first.data.rows[0]!.editPath : null;
    expect(editPath).toMatch(/^\/admin\/articles\/\d+$/);
    expect(again).toMatchObject({ ok: true, data: { rows: [{ state: "alreadyImported", editPath }] } });
    expect(preview).toMatchObject({ ok: true, data: { rows: [{ state: "alreadyImported", editPath }] } });
  });

  it("fails an empty and a binary file alone, with the reason in Hindi, and imports the good one beside them", async () => {
    as("editor");
    const empty = new File([], "khali.txt", { type: "text/plain" });
    const binary = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])], "photo.txt", { type: "text/plain" });
    const result = await importWireCopies(upload([empty, corpusFile("17-ev-startup-launch.txt"), binary]));
    expect(result).toMatchObject({
      ok: true,
      data: {
        rows: [
          { file: "khali.txt", state: "failed", reason: text.reasons.empty, editPath: null },
          { file: "17-ev-startup-launch.txt", state: "imported" },
          { file: "photo.txt", state: "failed", reason: "यह पाठ फ़ाइल नहीं, बाइनरी फ़ाइल है (बाइट 4 पर)।" },
        ],
      },
    });
  });
});

describe("what the action refuses as it stands, whatever the form did", () => {
  async function refused(data: FormData) {
    as("editor");
    const result = await importWireCopies(data);
    expect(importWireFiles).not.toHaveBeenCalled();
    return result;
  }

  it("a request without files, or with text in place of a file", async () => {
    expect(await refused(upload([]))).toMatchObject({ ok: false, code: "invalid", fieldErrors: { files: [text.errors.noFiles] } });
    expect(await refused(upload(["नमस्ते"]))).toMatchObject({ ok: false, code: "invalid", fieldErrors: { files: [text.errors.notAFile] } });
  });

  it("more files than one request may carry", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => new File(["शीर्षक\nपाठ।"], `${i}.txt`));
    expect(await refused(upload(eleven))).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { files: ["एक बार में अधिकतम 10 फ़ाइलें भेजी जा सकती हैं।"] },
    });
  });

  it("a file over 1 MB, and a file name with a path or control character in it, each named", async () => {
    const large = new File([new Uint8Array(1024 * 1024 + 1).fill(0x41)], "bada.txt");
    const result = await refused(upload([large, new File(["x"], "../etc/passwd"), new File(["x"], "a\u0007b.txt")]));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        files: ["“bada.txt” 1 MB से बड़ी है; वायर कॉपी इतनी बड़ी नहीं होती।", "फ़ाइल का नाम “../etc/passwd” मान्य नहीं है।", "फ़ाइल का नाम “a\u0007b.txt” मान्य नहीं है।"],
      },
    });
  });

  it("a status that is not one of draft, in review or published", async () => {
    expect(await refused(upload([corpusFile("18-mandi-pyaz-bhav.txt")], { status: "scheduled" }))).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { status: [text.errors.status] },
    });
  });

  it("a section the newsroom does not have, before anything is written", async () => {
    as("editor");
    const before = await importedCount();
    expect(await importWireCopies(upload([corpusFile("18-mandi-pyaz-bhav.txt")], { section: "cricket" }))).toEqual({
      ok: false,
      code: "invalid",
      error: text.errors.section,
      fieldErrors: { section: [text.errors.section] },
    });
    expect(await importedCount()).toBe(before);
  });
});
