import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { contentHash, isStoredMediaName } from "@/lib/media/storedName";
import { shippedMigrations } from "@/db/migrationJournal";
import {
  type BackupInfo,
  backupFormatVersion,
  backupMediaFiles,
  dropBackupTables,
  integrityCheck,
  mediaFileNamesIn,
  readBackupInfo,
  syncToDisk,
} from "./backupFile";

/** A restore that was not done, with the reason in words for the operator; nothing was changed. */
export class RestoreRefusedError extends Error {}

export type RestoreRequest = { file: string; databaseFile: string; mediaDir: string };
export type RestoreSummary = { info: BackupInfo; mediaWritten: number; mediaKept: number; previousDatabase: string | null; seconds: number };

function openBackup(file: string): Database.Database {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new RestoreRefusedError(`No such file: ${file}`);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
    return db;
  } catch {
    throw new RestoreRefusedError(`${file} is not a portal backup (not a SQLite file).`);
  }
}

/**
 * Checks a backup end to end without changing anything: that it is a portal backup this portal understands, that
 * SQLite finds it sound, and that every original in it has a proper name and the bytes its hash says.
 */
export function verifyBackup(file: string): BackupInfo {
  const db = openBackup(file);
  try {
    let info: BackupInfo | null;
    try {
      info = readBackupInfo(db);
    } catch {
      info = null;
    }
    if (!info) throw new RestoreRefusedError(`${file} is not a portal backup (it has no backup description).`);
    if (info.formatVersion > backupFormatVersion) throw new RestoreRefusedError(`${file} was written by a newer portal (backup format ${info.formatVersion}).`);
    if (info.migrations > shippedMigrations().length) {
      throw new RestoreRefusedError(`${file} holds a database from a newer portal (${info.migrations} migrations, this one knows ${shippedMigrations().length}); update the portal first.`);
    }
    const integrity = integrityCheck(db);
    if (integrity !== "ok") throw new RestoreRefusedError(`${file} is damaged: integrity check says ${integrity}`);
    const stored = new Set<string>();
    for (const media of backupMediaFiles(db)) {
      if (!isStoredMediaName(media.fileName)) throw new RestoreRefusedError(`${file} names a media file "${media.fileName.slice(0, 80)}" that is not a stored name.`);
      if (media.sha256 !== media.fileName.slice(0, 64) || contentHash(media.bytes) !== media.sha256) {
        throw new RestoreRefusedError(`${file} is damaged: media file ${media.fileName} does not match its hash.`);
      }
      stored.add(media.fileName);
    }
    const unaccounted = mediaFileNamesIn(db).filter((name) => !stored.has(name) && !info.missingMedia.includes(name));
    if (unaccounted.length > 0) throw new RestoreRefusedError(`${file} is incomplete: ${unaccounted.length} media files are neither in it nor listed as missing.`);
    return info;
  } finally {
    db.close();
  }
}

/**
 * Takes the portal's database for this process alone, or refuses: a running portal keeps its connection open,
 * and in WAL mode an open connection holds a shared lock an exclusive one cannot pass. The lock is kept until the
 * returned connection is closed, so that no portal starts on the old file while it is being replaced.
 */
function lockStoppedPortal(databaseFile: string): Database.Database | null {
  if (!fs.existsSync(databaseFile)) return null;
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;");
    // Everything the old database holds goes into its main file, which is kept beside the new one.
    db.pragma("wal_checkpoint(TRUNCATE)");
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) {
      throw new RestoreRefusedError(`The portal is using ${databaseFile}. Stop it (and any import or backup running against it), then restore again.`);
    }
    throw error;
  }
}

/** The backup's database without the backup's own tables, ready beside the live file. */
function prepareDatabaseCopy(file: string, databaseFile: string): string {
  const copy = `${databaseFile}.${randomUUID()}.restoring`;
  fs.copyFileSync(file, copy);
  try {
    fs.chmodSync(copy, fs.statSync(databaseFile, { throwIfNoEntry: false })?.mode ?? 0o600);
    const db = new Database(copy);
    try {
      dropBackupTables(db);
      db.exec("VACUUM");
      const integrity = integrityCheck(db);
      if (integrity !== "ok") throw new Error(`the restored database failed its integrity check: ${integrity}`);
    } finally {
      db.close();
    }
    syncToDisk(copy, path.dirname(copy));
    return copy;
  } catch (error) {
    fs.rmSync(copy, { force: true });
    throw error;
  }
}

/** Writes the backup's originals; each name was checked against the stored-name pattern, never taken as a path. */
function writeMedia(file: string, mediaDir: string): { written: number; kept: number } {
  fs.mkdirSync(mediaDir, { recursive: true });
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let written = 0;
  let kept = 0;
  try {
    for (const media of backupMediaFiles(db)) {
      if (!isStoredMediaName(media.fileName)) throw new RestoreRefusedError(`media file name "${media.fileName.slice(0, 80)}" refused`);
      const target = path.join(mediaDir, media.fileName);
      const existing = fs.statSync(target, { throwIfNoEntry: false });
      if (existing?.isFile() && contentHash(fs.readFileSync(target)) === media.sha256) {
        kept += 1;
        continue;
      }
      const partial = `${target}.${randomUUID()}.partial`;
      fs.writeFileSync(partial, media.bytes);
      fs.renameSync(partial, target);
      written += 1;
    }
  } finally {
    db.close();
  }
  return { written, kept };
}

/**
 * Replaces the portal's database and adds the originals from a verified backup. The portal must be stopped (it is
 * refused otherwise). The old database is kept as `<DATABASE_FILE>.before-restore`; originals already on disk stay.
 */
export function restoreBackup({ file, databaseFile, mediaDir }: RestoreRequest): RestoreSummary {
  const started = performance.now();
  const info = verifyBackup(file);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const lock = lockStoppedPortal(databaseFile);
  let copy: string | undefined;
  try {
    copy = prepareDatabaseCopy(file, databaseFile);
    const media = writeMedia(file, mediaDir);
    const previousDatabase = lock ? `${databaseFile}.before-restore` : null;
    if (previousDatabase) {
      fs.rmSync(previousDatabase, { force: true });
      fs.linkSync(databaseFile, previousDatabase);
    }
    lock?.close();
    // A write-ahead log left beside the new file would be replayed into it: the old one's go first.
    fs.rmSync(`${databaseFile}-wal`, { force: true });
    fs.rmSync(`${databaseFile}-shm`, { force: true });
    fs.renameSync(copy, databaseFile);
    syncToDisk(databaseFile, path.dirname(databaseFile));
    return { info, mediaWritten: media.written, mediaKept: media.kept, previousDatabase, seconds: (performance.now() - started) / 1000 };
  } finally {
    if (lock?.open) lock.close();
    if (copy) fs.rmSync(copy, { force: true });
  }
}
