/**
 * Memory of the portal's server under a long read: a database of 10,000 published articles (generated wire copies
 * through the importer), then 100,000 requests over all of their reader URLs, 32 at a time. Samples the resident
 * set size (VmRSS) of the node process that serves — not the tsx launcher — every 10,000 requests, and prints the
 * samples and the growth over the second half. Each sample also says how the front answered (x-cache) and what
 * Next did for it (LOG_FILLS lines by x-nextjs-cache: MISS is a render, STALE a stale page plus a render behind it).
 * Readers come to a story in a burst: the URLs are read in blocks of 200 articles, each article ten times within
 * its block, so that its repeat reads fall inside its 60 s ISR window. (Read in one cycle through all 10,000, every
 * request lands on a page older than its `revalidate = 60` and Next renders it again: about 12 renders/s on this
 * machine, hours for the run.) Pages that an earlier run left in Next's cache are older than 60 s by now, so every
 * article is rendered again in this one.
 * Usage: NEXT_DIST_DIR=.next-bench1 npx tsx scripts/bench/memory.ts [--articles 10000] [--requests 100000]
 *   [--block 200] [--concurrency 32] [--sample-every 10000] [--seed kd-wire] [--db FILE] [--reuse] [--port 3530]
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseFillLine } from "./fillLog";
import { startPortal } from "./portalServer";
import { publishedArchive } from "./publishedArchive";
import { residentBytes } from "./serverProcess";
import { megabytes } from "./wireBenchDatabase";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    requests: { type: "string", default: "100000" },
    block: { type: "string", default: "200" },
    concurrency: { type: "string", default: "32" },
    "sample-every": { type: "string", default: "10000" },
    seed: { type: "string", default: "kd-wire" },
    db: { type: "string" },
    reuse: { type: "boolean", default: false },
    port: { type: "string", default: "3530" },
  },
});
const articles = Number(values.articles);
const total = Number(values.requests);
const concurrency = Number(values.concurrency);
const every = Number(values["sample-every"]);
const block = Number(values.block);
const readsPerArticle = Math.max(1, Math.round(total / articles));
const databaseFile = path.resolve(values.db ?? path.join(os.tmpdir(), "memory-bench", `${values.seed}-${articles}.db`));
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");

type Tally = Map<string, number>;
const bump = (tally: Tally, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const show = (tally: Tally) => [...tally].sort().map(([key, n]) => `${key} ${n}`).join(", ");

type Sample = { requests: number; rss: number; seconds: number; answers: Tally; fills: Tally };

/** The article the i-th request reads: each block of articles in turn, every one `readsPerArticle` times, round by round. */
function articleOf(i: number): number {
  const perBlock = block * readsPerArticle;
  return (Math.floor(i / perBlock) * block + ((i % perBlock) % block)) % articles;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

/** One reader request; the body is read and dropped. Answers "<status> <x-cache>". */
function read(origin: string, requestPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${requestPath}`, { agent, headers: { "accept-encoding": "br" } }, (response) => {
        response.resume();
        response.on("end", () => resolve(`${response.statusCode} ${response.headers["x-cache"] ?? "-"}`));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

console.log(`${os.cpus().length} cores, load average ${loadAverage()} at start`);
const archive = await publishedArchive({ file: databaseFile, count: articles, seed: values.seed, reuse: values.reuse });
console.log(`${archive.built ? "built" : "reused"} ${databaseFile}: ${archive.articlePaths.length} published articles, ${megabytes(archive.bytes)}, ${archive.seconds.toFixed(0)} s`);
if (archive.articlePaths.length !== articles) throw new Error(`expected ${articles} article URLs, found ${archive.articlePaths.length}`);

let fills: Tally = new Map();
const portal = await startPortal(Number(values.port), { SEED_DEMO_CONTENT: "0", LOG_FILLS: "1" }, {
  databaseFile,
  onLine: (line) => {
    const fill = parseFillLine(line, Date.now());
    if (fill) bump(fills, fill.nextCache);
  },
});
try {
  const samples: Sample[] = [{ requests: 0, rss: residentBytes(portal.pid), seconds: 0, answers: new Map(), fills: new Map() }];
  let answers: Tally = new Map();
  let issued = 0;
  let done = 0;
  const started = performance.now();
  const worker = async () => {
    while (issued < total) {
      const i = issued++;
      bump(answers, await read(portal.origin, archive.articlePaths[articleOf(i)]!).catch((error: Error) => `error ${error.message}`));
      done += 1;
      if (done % every === 0) {
        samples.push({ requests: done, rss: residentBytes(portal.pid), seconds: (performance.now() - started) / 1000, answers, fills });
        answers = new Map();
        fills = new Map();
        console.log(`  ${done} requests, RSS ${megabytes(samples.at(-1)!.rss)} (load average ${loadAverage()})`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  console.log(`\nserver process ${portal.pid}: VmRSS every ${every} requests (${concurrency} at a time; ${articles} article URLs, ${block} at a time, each read ${readsPerArticle} times)`);
  console.log(`${"requests".padStart(8)}  ${"RSS".padStart(9)}  ${"req/s".padStart(6)}  answers (status x-cache) / Next fills (x-nextjs-cache)`);
  for (const [i, sample] of samples.entries()) {
    const previous = samples[i - 1];
    const rate = previous ? ((sample.requests - previous.requests) / (sample.seconds - previous.seconds)).toFixed(0) : "";
    const detail = i === 0 ? "after start-up" : `${show(sample.answers)} / ${show(sample.fills)}`;
    console.log(`${String(sample.requests).padStart(8)}  ${megabytes(sample.rss).padStart(9)}  ${rate.padStart(6)}  ${detail}`);
  }
  const half = samples.find((sample) => sample.requests >= total / 2)!;
  const last = samples.at(-1)!;
  const growth = last.rss - half.rss;
  console.log(`\ngrowth over the second half (${half.requests} → ${last.requests} requests): ${growth >= 0 ? "+" : ""}${megabytes(growth)} (${((100 * growth) / half.rss).toFixed(1)}%)`);
  console.log(`first half: ${megabytes(samples[0]!.rss)} → ${megabytes(half.rss)}; ${total} requests in ${last.seconds.toFixed(0)} s`);
  console.log(`load average ${loadAverage()} at the end`);
} finally {
  agent.destroy();
  await portal.stop();
}
