import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { contentHash, isStoredMediaName } from "@/lib/media/storedName";
import {
  addBackupTables,
  addMediaFile,
  type BackupInfo,
  backupFormat,
  backupFormatVersion,
  integrityCheck,
  mediaFileNamesIn,
  snapshotFacts,
  syncToDisk,
  writeBackupInfo,
} from "./backupFile";

export type BackupRequest = {
  /** An open connection to the portal's database; the backup reads it, never writes it. */
  source: Database.Database;
  mediaDir: string;
  /** The backup file to write; replaced atomically when it exists. */
  target: string;
  now?: Date;
};

export type BackupSummary = BackupInfo & { file: string; sizeBytes: number; seconds: number; attempts: number };

// The backup API copies in steps, and restarts when another connection writes between two of them; under a steady
// stream of saves a small step size could restart for ever. Asking for every page in one step copies the whole
// database inside one read transaction: a consistent snapshot that, in WAL mode, holds up no writer.
const allRemainingPages = 0x7fffffff;
/** A missing original is usually one deleted just after the snapshot; a fresh snapshot no longer names it. */
const maxAttempts = 3;

/** Reads an original and checks it is what its name says; undefined when it is gone or damaged. */
function readOriginal(mediaDir: string, fileName: string): Buffer | undefined {
  if (!isStoredMediaName(fileName)) return undefined;
  try {
    const bytes = fs.readFileSync(path.join(mediaDir, fileName));
    return contentHash(bytes) === fileName.slice(0, 64) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Adds the originals the snapshot names, then the description; returns the description. */
function completeBackup(partial: string, mediaDir: string, createdAt: Date): BackupInfo {
  const db = new Database(partial);
  try {
    db.pragma("journal_mode = DELETE");
    // A half-written partial file is thrown away, and the finished one is flushed before it is renamed in.
    db.pragma("synchronous = OFF");
    const facts = snapshotFacts(db);
    addBackupTables(db);
    const missingMedia: string[] = [];
    let mediaFiles = 0;
    let mediaBytes = 0;
    for (const fileName of mediaFileNamesIn(db)) {
      // Originals are written once under their hash and never changed, so a copy taken now is the snapshot's file.
      const bytes = readOriginal(mediaDir, fileName);
      if (!bytes) {
        missingMedia.push(fileName);
        continue;
      }
      addMediaFile(db, { fileName, sha256: fileName.slice(0, 64), bytes });
      mediaFiles += 1;
      mediaBytes += bytes.length;
    }
    const info: BackupInfo = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: createdAt.toISOString(),
      ...facts,
      mediaFiles,
      mediaBytes,
      missingMedia,
    };
    writeBackupInfo(db, info);
    const integrity = integrityCheck(db);
    if (integrity !== "ok") throw new Error(`the backup failed its integrity check: ${integrity}`);
    return info;
  } finally {
    db.close();
  }
}

/**
 * Takes a consistent backup of a running portal: the database through SQLite's online backup API, then the
 * originals its media rows name, into one SQLite file (db/backup/backupFile.ts). The file appears under its
 * name only when complete.
 */
export async function createBackup({ source, mediaDir, target, now }: BackupRequest): Promise<BackupSummary> {
  const started = performance.now();
  const folder = path.dirname(path.resolve(target));
  const partial = path.join(folder, `.${path.basename(target)}.${randomUUID()}.partial`);
  try {
    let info: BackupInfo | undefined;
    let attempts = 0;
    while (attempts < maxAttempts && (!info || info.missingMedia.length > 0)) {
      attempts += 1;
      fs.rmSync(partial, { force: true });
      const createdAt = now ?? new Date();
      await source.backup(partial, { progress: () => allRemainingPages });
      info = completeBackup(partial, mediaDir, createdAt);
    }
    // It holds password and session hashes: readable by the account that made it, nobody else.
    fs.chmodSync(partial, 0o600);
    syncToDisk(partial, folder);
    fs.renameSync(partial, target);
    syncToDisk(target, folder);
    return { ...info!, file: target, sizeBytes: fs.statSync(target).size, seconds: (performance.now() - started) / 1000, attempts };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
