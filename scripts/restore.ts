/**
 * Restores a backup made by `npm run backup` (db/backup/restoreBackup.ts). The portal must be stopped.
 * Usage: npm run restore -- [--check] FILE
 * Exit status: 0 restored (or, with --check, the backup is sound), 1 failed part-way (the old database stays),
 * 2 refused: nothing was changed.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseFile, mediaDir } from "@/db/paths";
import { RestoreRefusedError, restoreBackup, verifyBackup } from "@/db/backup/restoreBackup";

const usage = `Usage: npm run restore -- [--check] FILE

Replaces the database (DATABASE_FILE, default data/portal.db) with the one in FILE, a backup made by
npm run backup, and writes the media originals it holds. Stop the portal first: a restore is refused while it runs.
The previous database is kept as DATABASE_FILE.before-restore.

Options:
  --check   only check FILE (a portal backup, sound, every original matching its hash); change nothing
  --help    show this text

Exit status: 0 restored (or checked), 1 failed (the old database stays in place), 2 refused: nothing changed.`;

function readArguments(): { file: string; check: boolean } | null {
  let parsed;
  try {
    parsed = parseArgs({ options: { check: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new RestoreRefusedError((error as Error).message);
  }
  if (parsed.values.help) return null;
  if (parsed.positionals.length !== 1) throw new RestoreRefusedError("Name exactly one backup file.");
  return { file: path.resolve(parsed.positionals[0]!), check: parsed.values.check ?? false };
}

function main(): number {
  const args = readArguments();
  if (!args) {
    console.log(usage);
    return 0;
  }
  if (args.check) {
    const info = verifyBackup(args.file);
    console.log(`${args.file} is a sound portal backup of ${info.createdAt}: ${info.articles} articles, ${info.mediaFiles} originals.`);
    return 0;
  }
  const summary = restoreBackup({ file: args.file, databaseFile: databaseFile(), mediaDir: mediaDir() });
  const { info } = summary;
  console.log(`restored the backup of ${info.createdAt} into ${databaseFile()}: ${info.articles} articles, ${info.mediaRows} media items`);
  console.log(`  originals: ${summary.mediaWritten} written, ${summary.mediaKept} already there, in ${mediaDir()}`);
  if (summary.previousDatabase) console.log(`  the previous database is kept as ${summary.previousDatabase}`);
  if (info.missingMedia.length > 0) console.error(`Warning: the backup lacks ${info.missingMedia.length} originals its database names; those images will not show.`);
  console.log(`  ${summary.seconds.toFixed(2)} s. Start the portal: it brings the database up to the current schema.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof RestoreRefusedError) {
    console.error(`Nothing restored: ${error.message}\n\nRun npm run restore -- --help for usage.`);
    process.exitCode = 2;
  } else {
    // Every step before the final rename works on copies, so a failure leaves the old database in place.
    console.error(`Restore failed, the database was not replaced: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
