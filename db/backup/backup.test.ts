import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { databaseFile, mediaDir } from "@/db/paths";
import { setUpTemporaryDatabase } from "@/lib/testing/temporaryDatabase";
import { createBackup } from "./createBackup";
import { RestoreRefusedError, restoreBackup, verifyBackup } from "./restoreBackup";

// Seeding the demo newsroom (with its photos) can outlast the default 10 s hook timeout on a busy 2-core machine.
vi.setConfig({ hookTimeout: 30_000 });
setUpTemporaryDatabase();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-test-"));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

type Written = { articleId: number; version: number };

/** The load writer in its own process, as an editor's requests would be; `log` fills as its writes commit. */
function startWriter(): { child: ChildProcessWithoutNullStreams; log: Written[]; stopped: Promise<number | null> } {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/testing/keepSavingArticles.ts"], { env: { ...process.env, DATABASE_FILE: databaseFile() } });
  const log: Written[] = [];
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) log.push(JSON.parse(line) as Written);
  });
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const stopped = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      if (code !== 0) console.error(errors);
      resolve(code);
    }),
  );
  return { child, log, stopped };
}

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type ArticleRow = Record<string, unknown> & { id: number; version: number };

function articleRows(db: Database.Database): Map<number, ArticleRow> {
  return new Map((db.prepare("select * from articles order by id").all() as ArticleRow[]).map((row) => [row.id, row]));
}

/** The article as a revision records it (db/queries/articleSnapshot.ts), read with plain SQL from either file. */
function snapshotOf(db: Database.Database, id: number): Record<string, unknown> {
  const row = db
    .prepare(
      `select headline, standfirst, body, section_id as sectionId, agency, byline_text as bylineText, dateline_place as datelinePlace,
        dateline_day as datelineDay, dateline_month as datelineMonth, dateline_year as datelineYear, hero_media_id as heroMediaId,
        slug, locale, meta_title as metaTitle, meta_description as metaDescription, social_media_id as socialMediaId,
        translation_of_id as translationOfId from articles where id = ?`,
    )
    .get(id) as Record<string, unknown>;
  const tags = db.prepare("select t.name from article_tags a join tags t on t.id = a.tag_id where a.article_id = ? order by a.position, t.id").all(id) as { name: string }[];
  const authors = db.prepare("select author_id from article_authors where article_id = ? order by position, author_id").all(id) as { author_id: number }[];
  return { ...row, body: JSON.parse(row.body as string), tags: tags.map((t) => t.name), authorIds: authors.map((a) => a.author_id) };
}

function revisionSnapshot(db: Database.Database, id: number, version: number): unknown {
  const row = db.prepare("select snapshot from article_revisions where article_id = ? and version = ? order by id desc limit 1").get(id, version) as { snapshot: string } | undefined;
  return row && JSON.parse(row.snapshot);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("backup and restore", () => {
  it("a backup taken while articles are saved and published restores every article as it stood at the snapshot", async () => {
    const writer = startWriter();
    let restoredDir: string;
    try {
      await until(() => writer.log.length >= 40);
      const writesBefore = writer.log.length;
      const before = new Map(writer.log.map((entry) => [entry.articleId, entry.version]));
      const file = path.join(workDir, "under-load.kdb");
      const summary = await createBackup({ source: getDb().$client, mediaDir: mediaDir(), target: file });
      const writesDuring = writer.log.length - writesBefore;
      await until(() => writer.log.length >= writesBefore + writesDuring + 40);
      expect(summary.missingMedia).toEqual([]);
      restoredDir = path.join(workDir, "restored");
      const restored = restoreBackup({ file, databaseFile: path.join(restoredDir, "portal.db"), mediaDir: path.join(restoredDir, "media") });
      expect(restored.previousDatabase).toBeNull();
      writer.child.stdin.end();
      expect(await writer.stopped).toBe(0);

      const source = new Database(databaseFile(), { readonly: true });
      const copy = new Database(path.join(restoredDir, "portal.db"), { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        const sourceArticles = articleRows(source);
        const copiedArticles = articleRows(copy);
        expect(copiedArticles.size).toBe(summary.articles);
        expect(sourceArticles.size).toBeGreaterThan(copiedArticles.size);
        // Every write acknowledged before the backup began is in it.
        for (const [id, version] of before) expect(copiedArticles.get(id)?.version).toBeGreaterThanOrEqual(version);
        let unchanged = 0;
        let changedSince = 0;
        for (const [id, copied] of copiedArticles) {
          const now = sourceArticles.get(id)!;
          if (now.version === copied.version) {
            unchanged += 1;
            expect(copied).toEqual(now);
            expect(snapshotOf(copy, id)).toEqual(snapshotOf(source, id));
          } else {
            changedSince += 1;
            // Changed since the snapshot: the copy is exactly the version the source recorded then, nothing half-written.
            if (copied.version === 1) expect(copied).toMatchObject({ headline: "", body_text: "", status: "draft", slug: `draft-${id}` });
            else expect(snapshotOf(copy, id)).toEqual(revisionSnapshot(source, id, copied.version));
          }
          if (copied.version > 1 && revisionSnapshot(source, id, copied.version) !== undefined) {
            expect(snapshotOf(copy, id)).toEqual(revisionSnapshot(copy, id, copied.version));
          }
        }
        expect(unchanged).toBeGreaterThan(40);
        expect(changedSince).toBeGreaterThan(0);
        const media = copy.prepare("select distinct file_name as fileName, file_hash as fileHash from media").all() as { fileName: string; fileHash: string }[];
        expect(media.length).toBe(summary.mediaFiles);
        expect(media.length).toBeGreaterThan(8);
        for (const { fileName, fileHash } of media) expect(sha256(fs.readFileSync(path.join(restoredDir, "media", fileName)))).toBe(fileHash);
      } finally {
        source.close();
        copy.close();
      }
    } finally {
      if (writer.child.exitCode === null) writer.child.kill();
    }
  }, 60_000);

  it("a restore is refused while a portal has the database open, and nothing changes", async () => {
    const file = path.join(workDir, "plain.kdb");
    await createBackup({ source: getDb().$client, mediaDir: mediaDir(), target: file });
    const before = fs.readFileSync(databaseFile());
    expect(() => restoreBackup({ file, databaseFile: databaseFile(), mediaDir: mediaDir() })).toThrow(/Stop it/);
    expect(fs.readFileSync(databaseFile()).equals(before)).toBe(true);
  });

  it("a restore over a stopped portal keeps the previous database beside the new one", async () => {
    const file = path.join(workDir, "plain.kdb");
    const target = path.join(workDir, "stopped", "portal.db");
    restoreBackup({ file, databaseFile: target, mediaDir: path.join(workDir, "stopped", "media") });
    const again = restoreBackup({ file, databaseFile: target, mediaDir: path.join(workDir, "stopped", "media") });
    expect(again.previousDatabase).toBe(`${target}.before-restore`);
    expect(again.mediaWritten).toBe(0);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const db = new Database(target, { readonly: true });
    expect(db.prepare("select name from sqlite_master where name like 'backup_%'").all()).toEqual([]);
    db.close();
  });

  it("a file that is not a portal backup is refused", () => {
    const notSqlite = path.join(workDir, "notes.txt");
    fs.writeFileSync(notSqlite, "कुछ भी");
    expect(() => verifyBackup(notSqlite)).toThrow(/not a portal backup/);
    expect(() => verifyBackup(databaseFile())).toThrow(/not a portal backup/);
    expect(() => verifyBackup(path.join(workDir, "absent.kdb"))).toThrow(RestoreRefusedError);
  });

  it("a backup from a newer portal, with more migrations than this one knows, is refused", () => {
    const newer = path.join(workDir, "newer.kdb");
    fs.copyFileSync(path.join(workDir, "plain.kdb"), newer);
    const db = new Database(newer);
    db.prepare("update backup_info set value = '99' where key = 'migrations'").run();
    db.close();
    expect(() => verifyBackup(newer)).toThrow(/newer portal/);
  });

  it("a backup with an altered original or a path for a media name is refused", async () => {
    const file = path.join(workDir, "plain.kdb");
    const tampered = path.join(workDir, "tampered.kdb");
    fs.copyFileSync(file, tampered);
    let db = new Database(tampered);
    db.prepare("update backup_media set bytes = ? where rowid = (select min(rowid) from backup_media)").run(Buffer.from("not the photo"));
    db.close();
    expect(() => verifyBackup(tampered)).toThrow(/does not match its hash/);

    fs.copyFileSync(file, tampered);
    db = new Database(tampered);
    db.prepare("insert into backup_media (file_name, sha256, bytes) values (?, ?, ?)").run("../../etc/evil.jpg", sha256(Buffer.from("x")), Buffer.from("x"));
    db.close();
    expect(() => verifyBackup(tampered)).toThrow(/not a stored name/);
    expect(() => restoreBackup({ file: tampered, databaseFile: path.join(workDir, "evil", "portal.db"), mediaDir: path.join(workDir, "evil", "media") })).toThrow(RestoreRefusedError);
    expect(fs.existsSync(path.join(workDir, "evil", "portal.db"))).toBe(false);
  });

  it("an original that vanished from the disk is listed as missing rather than silently left out", async () => {
    const [name] = fs.readdirSync(mediaDir()).filter((entry) => entry.endsWith(".jpg"));
    const aside = path.join(workDir, "aside.jpg");
    fs.renameSync(path.join(mediaDir(), name!), aside);
    try {
      const summary = await createBackup({ source: getDb().$client, mediaDir: mediaDir(), target: path.join(workDir, "missing.kdb") });
      expect(summary.missingMedia).toEqual([name]);
      expect(summary.attempts).toBe(3);
      expect(verifyBackup(path.join(workDir, "missing.kdb")).missingMedia).toEqual([name]);
    } finally {
      fs.renameSync(aside, path.join(mediaDir(), name!));
    }
  });
});
