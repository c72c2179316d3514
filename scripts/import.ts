/**
 * Imports plain-text wire copies (format: ../shared/corpus/wire/README.md) as articles.
 * Usage: npm run import -- [--section SLUG] [--status draft|in_review|published] [--dry-run] [--json] [--tag NAME]... FILE_OR_FOLDER...
 * Exit status: 0 when every file went in or was there already, 1 when any file failed, 2 when the run was refused.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { databaseFile } from "@/db/paths";
import { type ImportOutcome, ImportSetupError, importWireFiles, previewWireFiles, type WireFile } from "@/lib/import/importWireFiles";
import { maxWireFileBytes } from "@/lib/import/readWireFile";
import { refusal } from "@/lib/import/prepareWireFile";

const usage = `Usage: npm run import -- [options] FILE_OR_FOLDER...

Imports wire copies as articles. A folder is searched for *.txt files, recursively, in name order.

Options:
  --section SLUG    section of the new articles (default: the first section)
  --status STATUS   draft (default), in_review or published
  --tag NAME        a tag for every article, besides the dateline place; may be repeated
  --dry-run         read and check the files, write nothing
  --json            print one JSON object per file, as an array, instead of the summary
  --help            show this text

The database is DATABASE_FILE (default data/portal.db), brought up to date first.
Exit status: 0 all imported or already there, 1 some file failed, 2 nothing done (bad arguments, unknown section).`;

const argumentsSchema = z.object({
  section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "--section takes a section slug such as desh").optional(),
  status: z.enum(["draft", "in_review", "published"], "--status takes draft, in_review or published").default("draft"),
  "dry-run": z.boolean().default(false),
  json: z.boolean().default(false),
  tag: z.array(z.string()).default([]),
  help: z.boolean().default(false),
  paths: z.array(z.string().min(1)),
});

class UsageError extends Error {}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        section: { type: "string" },
        status: { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        tag: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const checked = argumentsSchema.safeParse({ ...parsed.values, paths: parsed.positionals });
  if (!checked.success) throw new UsageError(checked.error.issues.map((issue) => issue.message).join("\n"));
  if (!checked.data.help && checked.data.paths.length === 0) throw new UsageError("Name at least one file or folder.");
  return checked.data;
}

const skippedNames = /^(index\.json|readme(\..*)?)$/i;

function copiesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt") && !skippedNames.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function listFiles(paths: string[]): string[] {
  return paths.flatMap((given) => {
    const stat = fs.statSync(given, { throwIfNoEntry: false });
    if (stat === undefined) throw new UsageError(`No such file or folder: ${given}`);
    return stat.isDirectory() ? copiesIn(given) : [given];
  });
}

/** At most one byte more than a copy may have: enough to refuse a huge file without reading all of it. */
function readHead(file: string): Uint8Array {
  const handle = fs.openSync(file, "r");
  try {
    // Sized by the file, so a batch of small copies does not each hold a megabyte.
    const buffer = Buffer.allocUnsafe(Math.min(fs.fstatSync(handle).size, maxWireFileBytes + 1));
    const length = fs.readSync(handle, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(handle);
  }
}

type Listed = { file: WireFile } | { failed: ImportOutcome };

function readFiles(names: string[]): Listed[] {
  return names.map((name) => {
    try {
      return { file: { name, bytes: readHead(name) } };
    } catch (error) {
      return { failed: refusal(name, { code: "unreadable", detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) };
    }
  });
}

function progressBar(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let drawnAt = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - drawnAt < 100) return;
    drawnAt = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write("\n");
  };
}

function summary(outcomes: ImportOutcome[], dryRun: boolean, seconds: number): string {
  const count = (outcome: string) => outcomes.filter((o) => o.ok && o.outcome === outcome).length;
  const failures = outcomes.filter((o) => !o.ok);
  const done = dryRun ? count("would-import") : count("imported");
  const speed = `${outcomes.length} files in ${seconds.toFixed(2)} s, ${Math.round(done / Math.max(seconds, 0.001))} articles/s`;
  const lines = [`${dryRun ? "would import" : "imported"} ${done}, already imported ${count("already-imported")}, failed ${failures.length} (${speed})`];
  for (const failure of failures) lines.push(`  ${failure.file}: ${failure.error}`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const args = readArguments();
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const listed = readFiles(listFiles(args.paths));
  const files = listed.flatMap((entry) => ("file" in entry ? [entry.file] : []));
  const started = performance.now();
  const dryRun = args["dry-run"];
  let imported: ImportOutcome[];
  if (dryRun && !fs.existsSync(databaseFile())) {
    // A dry run writes nothing, not even a new database: the section and earlier imports go unchecked.
    console.error(`No database at ${databaseFile()}: the section and earlier imports are not checked.`);
    imported = previewWireFiles(files);
  } else {
    if (!dryRun) runMigrations();
    imported = await importWireFiles(files, {
      sectionSlug: args.section,
      status: args.status,
      dryRun,
      userId: null,
      tags: args.tag,
      onProgress: progressBar(),
    }).catch((error: unknown) => {
      // A dry run does not migrate, so an older database lacks the tables it reads.
      if (dryRun && /no such table/.test(String((error as Error).cause ?? error))) {
        throw new ImportSetupError(`the database at ${databaseFile()} is older than this importer; run npm run db:migrate first`);
      }
      throw error;
    });
  }
  const seconds = (performance.now() - started) / 1000;
  let next = 0;
  const outcomes = listed.map((entry) => ("failed" in entry ? entry.failed : imported[next++]!));
  console.log(args.json ? JSON.stringify(outcomes, null, 2) : summary(outcomes, dryRun, seconds));
  return outcomes.some((outcome) => !outcome.ok) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ImportSetupError)) throw error;
  console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `Nothing imported: ${error.message}`);
  process.exitCode = 2;
} finally {
  closeDb();
}
