/**
 * Search latency on a large archive: builds a database of generated published articles (default 100,000) through
 * the importer — so the search index is filled by the same triggers as in production — then times 50 mixed
 * Devanagari and romanised queries through searchArticles (lib/search/searchArticles.ts) in this process, without
 * HTTP: a warm-up pass, then every query several times. Prints p50, p95 and max, the hits per query and the database size. When a
 * production build exists, the same queries are timed through GET /api/search against `next start` as well.
 * Usage: npx tsx scripts/bench/search-latency.ts [--count 100000] [--seed kd-wire] [--rounds 5] [--db FILE] [--reuse] [--port P]
 *   --reuse keeps an existing --db file with the same number of articles instead of building it again;
 *   NEXT_DIST_DIR picks the build folder for the HTTP part (default .next).
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { writeWireCopies } from "@/lib/wire/generator/writeWireCopies";
import { closedDatabaseBytes, megabytes, openBenchDatabase } from "./wireBenchDatabase";
import { freePort } from "./portalServer";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    seed: { type: "string", default: "kd-wire" },
    rounds: { type: "string", default: "5" },
    db: { type: "string" },
    reuse: { type: "boolean", default: false },
    port: { type: "string", default: process.env.BENCH_PORT },
  },
});
const count = Number(values.count);
const rounds = Number(values.rounds);
const databaseFile = path.resolve(values.db ?? path.join(os.tmpdir(), "search-bench", `${values.seed}-${count}.db`));

/**
 * 50 queries as readers type them: common and rare words, two words, prefixes, nukta, chandrabindu and digit
 * variants, romanised spellings and misspellings. Words come from the generator's vocabulary
 * (lib/wire/generator), so their frequencies range from most of the archive down to a handful of stories.
 */
const QUERIES: Array<{ query: string; kind: string }> = [
  { query: "बारिश", kind: "common" },
  { query: "पुलिस", kind: "common" },
  { query: "मुख्यमंत्री", kind: "common" },
  { query: "सेंसेक्स", kind: "section word" },
  { query: "कबड्डी", kind: "section word" },
  { query: "डेंगू", kind: "section word" },
  { query: "मोतियाबिंद", kind: "rarer" },
  { query: "शीतलहर", kind: "rarer" },
  { query: "कालाज़ार", kind: "rare" },
  { query: "मखाना", kind: "rare" },
  { query: "यक्षगान", kind: "rare" },
  { query: "नई दिल्ली", kind: "two words" },
  { query: "साइबर ठगी", kind: "two words" },
  { query: "स्वास्थ्य शिविर", kind: "two words" },
  { query: "राजेश शर्मा", kind: "two words, name" },
  { query: "अनहद कटोच", kind: "two words, rare name" },
  { query: "चैंपियन", kind: "prefix of चैंपियनशिप" },
  { query: "विधान", kind: "prefix of विधानसभा" },
  { query: "जिला", kind: "without nukta" },
  { query: "\u095Bिलाधिकारी", kind: "precomposed nukta" },
  { query: "फिल्म", kind: "without nukta" },
  { query: "गांव", kind: "anusvara for chandrabindu" },
  { query: "पहुँचे", kind: "chandrabindu" },
  { query: "१९३०", kind: "Devanagari digits" },
  { query: "निमंत्रण।", kind: "trailing danda" },
  { query: "barish", kind: "romanised common" },
  { query: "police", kind: "romanised loanword" },
  { query: "mukhyamantri", kind: "romanised common" },
  { query: "sensex", kind: "romanised loanword" },
  { query: "kabaddi", kind: "romanised" },
  { query: "kabadi", kind: "romanised misspelt" },
  { query: "dengu", kind: "romanised" },
  { query: "motiyabind", kind: "romanised rarer" },
  { query: "sheetlahar", kind: "romanised rarer" },
  { query: "kalazar", kind: "romanised rare" },
  { query: "makhana", kind: "romanised rare" },
  { query: "nimantran", kind: "romanised" },
  { query: "nimantrn", kind: "romanised misspelt" },
  { query: "mosam", kind: "romanised misspelt (mausam)" },
  { query: "wikas", kind: "romanised v/w (vikas)" },
  { query: "siksha", kind: "romanised sh/s (shiksha)" },
  { query: "nai dilli", kind: "romanised two words" },
  { query: "cyber thagi", kind: "romanised two words" },
  { query: "swasthya shivir", kind: "romanised two words" },
  { query: "rajesh sharma", kind: "romanised name" },
  { query: "anhad katoch", kind: "romanised rare name" },
  { query: "chaimpiyan", kind: "romanised prefix" },
  { query: "upchunav", kind: "romanised" },
  { query: "isro upgrah", kind: "romanised two words" },
  { query: "putin kim", kind: "romanised, absent from this archive" },
];

type Sample = { query: string; kind: string; hits: string; times: number[] };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => value.toFixed(2);

function summarise(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${label}: p50 ${ms(percentile(sorted, 50))} ms, p95 ${ms(percentile(sorted, 95))} ms, max ${ms(sorted.at(-1)!)} ms (${sorted.length} searches)`);
}

async function countArticlesIn(file: string): Promise<number> {
  if (!fs.existsSync(file)) return 0;
  await openBenchDatabase(file);
  const { countArticles } = await import("@/db/queries/articleWrites");
  return countArticles();
}

/** Imports the generated copies as published articles, a few thousand at a time to keep memory flat. */
async function buildDatabase(): Promise<void> {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const copiesDir = fs.mkdtempSync(path.join(os.tmpdir(), "search-bench-copies-"));
  try {
    let started = performance.now();
    writeWireCopies({ count, seed: values.seed, dir: copiesDir });
    console.log(`generated ${count} copies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await openBenchDatabase(databaseFile);
    const { importWireFiles } = await import("@/lib/import/importWireFiles");
    const names = fs.readdirSync(copiesDir).sort();
    started = performance.now();
    const batch = 2000;
    let failed = 0;
    for (let start = 0; start < names.length; start += batch) {
      const files = names.slice(start, start + batch).map((name) => ({ name, bytes: fs.readFileSync(path.join(copiesDir, name)) }));
      const outcomes = await importWireFiles(files, { status: "published", dryRun: false, userId: null });
      failed += outcomes.filter((outcome) => !outcome.ok).length;
      const done = Math.min(start + batch, names.length);
      const elapsed = (performance.now() - started) / 1000;
      process.stderr.write(`\rimported ${done}/${names.length} (${Math.round(done / elapsed)} articles/s)`);
    }
    process.stderr.write("\n");
    const seconds = (performance.now() - started) / 1000;
    console.log(`imported ${names.length - failed} published articles in ${seconds.toFixed(0)} s (${Math.round(names.length / seconds)} articles/s), ${failed} failed`);
  } finally {
    fs.rmSync(copiesDir, { recursive: true, force: true });
  }
}

async function measureInProcess(): Promise<Sample[]> {
  await openBenchDatabase(databaseFile);
  const { searchArticles } = await import("@/lib/search/searchArticles");
  const search = (query: string) => searchArticles({ query, sectionSlug: null, from: null, to: null, page: 1, locale: "hi" });
  const samples: Sample[] = [];
  for (const { query, kind } of QUERIES) {
    const { total, totalIsLowerBound } = await search(query);
    // Past a cap the search stops counting (lib/search/searchArticles.ts, rankedMatches): "1000+" means at least that many.
    samples.push({ query, kind, hits: `${total}${totalIsLowerBound ? "+" : ""}`, times: [] });
  }
  for (let round = 0; round < rounds; round++) {
    for (const sample of samples) {
      const started = performance.now();
      await search(sample.query);
      sample.times.push(performance.now() - started);
    }
  }
  return samples;
}

function report(samples: Sample[]): void {
  console.log(`\n${"query".padEnd(22)} ${"kind".padEnd(36)} ${"hits".padStart(7)} ${"median ms".padStart(10)} ${"max ms".padStart(8)}`);
  for (const { query, kind, hits, times } of samples) {
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`${query.padEnd(22)} ${kind.padEnd(36)} ${hits.padStart(7)} ${ms(percentile(sorted, 50)).padStart(10)} ${ms(sorted.at(-1)!).padStart(8)}`);
  }
  console.log("");
  const devanagari = samples.filter((s) => /\p{Script=Devanagari}/u.test(s.query));
  const latin = samples.filter((s) => !/\p{Script=Devanagari}/u.test(s.query));
  summarise("searchArticles in process, all queries", samples.flatMap((s) => s.times));
  summarise("  Devanagari queries", devanagari.flatMap((s) => s.times));
  summarise("  romanised queries", latin.flatMap((s) => s.times));
}

/** Table sizes from SQLite's dbstat, when the library was built with it; a read-only connection of its own. */
function sizeByTable(): void {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const rows = sqlite.prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8").all() as { name: string; bytes: number }[];
    console.log(`  largest tables and indexes: ${rows.map((row) => `${row.name} ${megabytes(row.bytes)}`).join(", ")}`);
    const search = sqlite.prepare("SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search%'").get() as { bytes: number };
    console.log(`  search index and vocabulary (search_*): ${megabytes(search.bytes)}`);
    // How varied the generated text is: real archives have far more distinct words than templates produce.
    sqlite.exec("CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, 'search_index', 'row')");
    const terms = sqlite.prepare("SELECT COUNT(*) AS terms, SUM(doc <= 5) AS rare, SUM(doc >= 10000) AS common FROM temp.index_terms").get() as Record<string, number>;
    console.log(`  indexed terms (Devanagari and Latin): ${terms.terms}, in ≤ 5 articles: ${terms.rare}, in ≥ 10,000 articles: ${terms.common}`);
  } catch {
    console.log("  (this SQLite has no dbstat table: no breakdown by table)");
  } finally {
    sqlite.close();
  }
}


async function startServer(): Promise<{ origin: string; stop: () => Promise<void> } | null> {
  const buildDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(buildDir, "BUILD_ID"))) return null;
  const port = values.port ?? String(await freePort());
  const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "--port", port], {
    env: { ...process.env, DATABASE_FILE: databaseFile, SEED_DEMO_CONTENT: "0", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  server.once("exit", () => (exited = true));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let up = false;
  while (!up && !exited && Date.now() < deadline) {
    try {
      up = (await fetch(`${origin}/api/health`)).ok;
    } catch {
      // not listening yet
    }
    if (!up) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    if (exited) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  if (!up) {
    await stop();
    throw new Error(`The production server (${buildDir}) did not answer on ${origin}.`);
  }
  return { origin, stop };
}

/** Server-Timing "total;dur=…" if the route reports it, else null. */
function serverTiming(response: Response): number | null {
  const match = /dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return match ? Number(match[1]) : null;
}

async function measureHttp(): Promise<void> {
  const server = await startServer();
  if (server === null) {
    console.log("\nHTTP: skipped, no production build (run `npx next build`, or set NEXT_DIST_DIR to a build folder).");
    return;
  }
  try {
    const url = (query: string) => `${server.origin}/api/search?q=${encodeURIComponent(query)}`;
    const probe = await fetch(url(QUERIES[0]!.query));
    await probe.arrayBuffer();
    if (!probe.ok) {
      console.log(`\nHTTP: skipped, GET /api/search answered ${probe.status}: the build in ${process.env.NEXT_DIST_DIR ?? ".next"} predates the search route (rebuild it).`);
      return;
    }
    for (const { query } of QUERIES) await (await fetch(url(query))).arrayBuffer();
    const times: number[] = [];
    const serverTimes: number[] = [];
    let errors = 0;
    for (let round = 0; round < rounds; round++) {
      for (const { query } of QUERIES) {
        const started = performance.now();
        const response = await fetch(url(query));
        await response.arrayBuffer();
        times.push(performance.now() - started);
        if (!response.ok) errors++;
        const reported = serverTiming(response);
        if (reported !== null) serverTimes.push(reported);
      }
    }
    console.log("");
    summarise(`HTTP GET /api/search, one client, sequential (${errors} non-2xx)`, times);
    if (serverTimes.length > 0) summarise("  server-side time from Server-Timing", serverTimes);
    else console.log("  (the route sends no Server-Timing header; server-side time is the in-process figure above)");
  } finally {
    await server.stop();
  }
}

const existing = values.reuse ? await countArticlesIn(databaseFile) : 0;
if (existing === count) console.log(`reusing ${databaseFile} (${existing} articles)`);
else await buildDatabase();
const samples = await measureInProcess();
report(samples);
const bytes = await closedDatabaseBytes(databaseFile);
console.log(`\ndatabase ${databaseFile}: ${megabytes(bytes)} after checkpoint, ${(bytes / count / 1024).toFixed(1)} KB per article`);
sizeByTable();
await measureHttp();
