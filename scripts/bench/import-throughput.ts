/**
 * Import throughput: generates wire copies (default 10,000), then imports them into a fresh database (migrations
 * and sections only) twice — in-process through importWireFiles and through the real command line — and imports
 * the same folder a second time to show how fast "already imported" is. Prints articles per second, seconds and
 * the database size. Everything is written under one temporary folder, removed at the end unless --keep.
 * Usage: npx tsx scripts/bench/import-throughput.ts [--count 10000] [--seed kd-wire] [--status draft|published] [--keep]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { writeWireCopies } from "@/lib/wire/generator/writeWireCopies";
import { closedDatabaseBytes, megabytes, openBenchDatabase, readCopies } from "./wireBenchDatabase";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "kd-wire" },
    status: { type: "string", default: "published" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const status = values.status as "draft" | "published";
if (!Number.isInteger(count) || count < 1 || !["draft", "published"].includes(status)) {
  throw new Error("Usage: import-throughput.ts [--count N] [--seed S] [--status draft|published] [--keep]");
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "import-bench-"));
const copiesDir = path.join(root, "copies");
const seconds = (since: number) => (performance.now() - since) / 1000;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en-US")}/s`;

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, seconds(started)];
}

function tally(outcomes: Array<{ ok: boolean; outcome?: string }>): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.ok ? o.outcome ?? "ok" : "failed";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n} ${key}`).join(", ");
}

async function inProcess(): Promise<void> {
  const file = path.join(root, "in-process", "portal.db");
  await openBenchDatabase(file);
  const { importWireFiles, previewWireFiles } = await import("@/lib/import/importWireFiles");
  const [files, readSeconds] = await timed(() => readCopies(copiesDir));
  // Reading and parsing alone (no database): how much of the import is the parser.
  const [, parseSeconds] = await timed(() => previewWireFiles(files));
  const options = { status, dryRun: false, userId: null } as const;
  const [first, firstSeconds] = await timed(() => importWireFiles(files, options));
  const [second, secondSeconds] = await timed(() => importWireFiles(files, options));
  const bytes = await closedDatabaseBytes(file);

  console.log(`\nin-process importWireFiles (status ${status})`);
  console.log(`  read ${files.length} files into memory: ${readSeconds.toFixed(2)} s`);
  console.log(`  parse only (previewWireFiles, no database): ${parseSeconds.toFixed(2)} s, ${rate(files.length, parseSeconds)}`);
  console.log(`  first run:  ${tally(first)} in ${firstSeconds.toFixed(2)} s → ${rate(files.length, firstSeconds)} articles`);
  console.log(`  second run: ${tally(second)} in ${secondSeconds.toFixed(2)} s → ${rate(files.length, secondSeconds)} files`);
  console.log(`  database: ${megabytes(bytes)} (${(bytes / files.length / 1024).toFixed(1)} KB per article, search index included)`);
}

function runCli(databaseFile: string): { outcomes: Array<{ ok: boolean; outcome?: string }>; wall: number; status: number | null } {
  const started = performance.now();
  const run = spawnSync("npx", ["tsx", "scripts/import.ts", "--json", "--status", status, copiesDir], {
    env: { ...process.env, DATABASE_FILE: databaseFile, SEED_DEMO_CONTENT: "0" },
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const wall = seconds(started);
  return { outcomes: run.stdout ? JSON.parse(run.stdout) : [], wall, status: run.status };
}

async function throughCli(): Promise<void> {
  const file = path.join(root, "cli", "portal.db");
  // The command migrates by itself but does not create sections; they are set up here, like an existing newsroom.
  await openBenchDatabase(file);
  await closedDatabaseBytes(file);
  const [, startupSeconds] = await timed(() => spawnSync("npx", ["tsx", "scripts/import.ts", "--help"], { stdio: "ignore" }));
  const first = runCli(file);
  const second = runCli(file);
  const bytes = fs.statSync(file).size;

  console.log(`\ncommand line: npx tsx scripts/import.ts --json --status ${status} DIR (wall time, with ${startupSeconds.toFixed(1)} s of npx/tsx start-up)`);
  console.log(`  first run:  ${tally(first.outcomes)} in ${first.wall.toFixed(2)} s → ${rate(count, first.wall)} articles (exit ${first.status})`);
  console.log(`  second run: ${tally(second.outcomes)} in ${second.wall.toFixed(2)} s → ${rate(count, second.wall)} files (exit ${second.status})`);
  console.log(`  database: ${megabytes(bytes)}`);
}

try {
  const [, generateSeconds] = await timed(() => writeWireCopies({ count, seed: values.seed, dir: copiesDir }));
  const copyBytes = fs.readdirSync(copiesDir).reduce((sum, name) => sum + fs.statSync(path.join(copiesDir, name)).size, 0);
  console.log(`generated ${count} copies (seed "${values.seed}", ${megabytes(copyBytes)}) in ${generateSeconds.toFixed(1)} s`);
  await inProcess();
  await throughCli();
} finally {
  if (values.keep) console.log(`\nkept ${root}`);
  else fs.rmSync(root, { recursive: true, force: true });
}
