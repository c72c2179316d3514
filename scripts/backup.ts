/**
 * Takes a consistent online backup of the portal's database and media originals into one file, while the portal
 * runs (format: db/backup/backupFile.ts).
 * Usage: npm run backup -- FILE
 * Exit status: 0 backup complete, 1 backup written but some originals were missing, 2 nothing written.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { databaseFile, mediaDir } from "@/db/paths";
import { createBackup } from "@/db/backup/createBackup";

const usage = `Usage: npm run backup -- FILE

Writes a backup of the database (DATABASE_FILE, default data/portal.db) and of the media originals beside it into
FILE, a SQLite file. The portal may keep running; the backup is a consistent snapshot. FILE is replaced when it
exists, and appears only when complete. Restore with: npm run restore -- FILE

Exit status: 0 complete, 1 written but some media originals were missing, 2 nothing written.`;

class UsageError extends Error {}

function readTarget(): string | null {
  let parsed;
  try {
    parsed = parseArgs({ options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return null;
  if (parsed.positionals.length !== 1) throw new UsageError("Name exactly one backup file.");
  const target = path.resolve(parsed.positionals[0]!);
  if (!fs.statSync(path.dirname(target), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`No such folder: ${path.dirname(target)}`);
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${target} is a folder; name a file.`);
  if (target === databaseFile()) throw new UsageError("The backup cannot replace the database itself.");
  return target;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  const target = readTarget();
  if (target === null) {
    console.log(usage);
    return 0;
  }
  if (!fs.existsSync(databaseFile())) throw new UsageError(`No database at ${databaseFile()}.`);
  const summary = await createBackup({ source: getDb().$client, mediaDir: mediaDir(), target });
  console.log(
    `backed up ${summary.articles} articles, ${summary.mediaRows} media items and ${summary.mediaFiles} originals ` +
      `(${megabytes(summary.mediaBytes)}) into ${summary.file}: ${megabytes(summary.sizeBytes)} in ${summary.seconds.toFixed(2)} s`,
  );
  if (summary.missingMedia.length === 0) return 0;
  console.error(`Warning: ${summary.missingMedia.length} originals named by the database were missing or damaged and are not in the backup:`);
  for (const name of summary.missingMedia) console.error(`  ${name}`);
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `Nothing backed up: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  closeDb();
}
