import fs from "node:fs";
import Database from "better-sqlite3";

/**
 * The backup file's own format. A backup is a SQLite file: the portal's database as the backup API copied it, plus
 * two tables that exist only in backups — `backup_info` (what it is, when, from which schema, what it holds) and
 * `backup_media` (the originals the snapshot's media rows name, with their SHA-256). Its SQL lives here rather than
 * in db/queries because it reads and writes the backup file, never the running portal's database.
 */
export const backupFormat = "kd-portal-backup";
export const backupFormatVersion = 1;

export type BackupInfo = {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  /** Migrations applied to the snapshot (db/migrations): a newer portal's backup is refused by an older one. */
  migrations: number;
  articles: number;
  mediaRows: number;
  mediaFiles: number;
  mediaBytes: number;
  /** Originals a media row named that could not be copied (deleted after the snapshot, or damaged on disk). */
  missingMedia: string[];
};

export type BackupMediaFile = { fileName: string; sha256: string; bytes: Buffer };

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
}

/** What the snapshot holds, read from the copy itself so that the figures describe exactly what was saved. */
export function snapshotFacts(db: Database.Database): Pick<BackupInfo, "migrations" | "articles" | "mediaRows"> {
  const count = (table: string) => (tableExists(db, table) ? (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n : 0);
  return { migrations: count("__drizzle_migrations"), articles: count("articles"), mediaRows: count("media") };
}

/** The original files the snapshot's media rows name, each once. */
export function mediaFileNamesIn(db: Database.Database): string[] {
  if (!tableExists(db, "media")) return [];
  return (db.prepare("select distinct file_name from media order by file_name").all() as { file_name: string }[]).map((row) => row.file_name);
}

export function addBackupTables(db: Database.Database): void {
  db.exec(`
    create table backup_info (key text primary key, value text not null);
    create table backup_media (file_name text primary key, sha256 text not null, bytes blob not null);
  `);
}

export function addMediaFile(db: Database.Database, file: BackupMediaFile): void {
  db.prepare("insert into backup_media (file_name, sha256, bytes) values (?, ?, ?)").run(file.fileName, file.sha256, file.bytes);
}

export function writeBackupInfo(db: Database.Database, info: BackupInfo): void {
  const insert = db.prepare("insert into backup_info (key, value) values (?, ?)");
  db.transaction(() => {
    for (const [key, value] of Object.entries(info)) insert.run(key, JSON.stringify(value));
  })();
}

/** The backup's description, or null when the file is a SQLite database but not a portal backup. */
export function readBackupInfo(db: Database.Database): BackupInfo | null {
  if (!tableExists(db, "backup_info") || !tableExists(db, "backup_media")) return null;
  const rows = db.prepare("select key, value from backup_info").all() as { key: string; value: string }[];
  const info = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown])) as Partial<BackupInfo>;
  return info.format === backupFormat ? (info as BackupInfo) : null;
}

/** One stored original at a time, so that a backup with gigabytes of photos is never all in memory. */
export function* backupMediaFiles(db: Database.Database): Generator<BackupMediaFile> {
  const rows = db.prepare("select file_name as fileName, sha256, bytes from backup_media order by file_name").iterate() as Iterable<BackupMediaFile>;
  yield* rows;
}

export function dropBackupTables(db: Database.Database): void {
  db.exec("drop table if exists backup_media; drop table if exists backup_info;");
}

/** `PRAGMA integrity_check` as one string: "ok" when the file is sound. */
export function integrityCheck(db: Database.Database): string {
  return (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
}

/** Flushes a finished file (and the folder that names it) to the disk before anyone relies on it. */
export function syncToDisk(file: string, folder: string): void {
  for (const target of [file, folder]) {
    const handle = fs.openSync(target, "r");
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
  }
}
