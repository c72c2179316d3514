/**
 * Cold render: how long the server takes for an article page nobody has asked for yet — Next renders it (database
 * reads, React, HTML) instead of answering from its cache. A database of 10,000 generated wire copies imported as
 * published stories through the importer (publishedArchive.ts) is served by the production server; 200 articles
 * drawn at random are each requested exactly once, one request at a time.
 *
 * Two figures per article, from one run with the reader front on (as `npm start` serves, LOG_FILLS=1):
 *   - Next's time: the front's own clock around its request to Next, from the `fill` line the server prints — the
 *     render alone, without the front's rewriting and compression. Its x-nextjs-cache must be MISS, which proves
 *     Next rendered the page rather than served it from its cache; any other answer is counted and left out.
 *   - the reader's time to last byte, measured here: Next's time plus the front's work and the loopback.
 * Then a second server with READER_FRONT=0 (Next alone answers readers) renders 200 other articles, timed to last
 * byte by the client and checked by the x-nextjs-cache header, as a cross-check that needs no log line.
 * Before measuring, 20 other articles are rendered once per server (loading route code, warming the JIT); the very
 * first render after start is printed apart.
 * Usage: npx next build && npx tsx scripts/bench/cold-render.ts [--count 10000] [--articles 200] [--seed kd-wire] [--db FILE] [--reuse] [--port P]
 *   --reuse serves an existing --db built earlier with the same count and seed; NEXT_DIST_DIR picks the build folder.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { freePort, startPortal } from "./portalServer";
import { publishedArchive } from "./publishedArchive";
import { megabytes } from "./wireBenchDatabase";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    articles: { type: "string", default: "200" },
    seed: { type: "string", default: "kd-wire" },
    db: { type: "string" },
    reuse: { type: "boolean", default: false },
    port: { type: "string" },
  },
});
const count = Number(values.count);
const sampleSize = Number(values.articles);
const warmUpSize = 20;
if (!Number.isInteger(count) || !Number.isInteger(sampleSize) || count < warmUpSize + 2 * sampleSize) {
  throw new Error(`--count must be at least ${warmUpSize} + 2 × --articles: every measured article is a different one.`);
}
const databaseFile = path.resolve(values.db ?? path.join(os.tmpdir(), "cold-render-bench", `${values.seed}-${count}.db`));
/**
 * Whether Next already keeps a rendered copy of a Hindi reader page. Next writes ISR pages to the build folder
 * (server/route-cache/APP_PAGE/<hash>/$/<locale><path>.meta), where they outlive the server: an article an earlier run
 * rendered would be served from there, so it is never drawn. Looking is enough — the folder may be shared.
 */
function keptByNext(): (urlPath: string) => boolean {
  const root = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server/route-cache/APP_PAGE");
  const caches = fs.existsSync(root) ? fs.readdirSync(root).map((hash) => path.join(root, hash, "$")) : [];
  // Hindi pages have no locale in their address, but Next files them under it.
  const localePath = (urlPath: string) => (/^\/en(?:\/|$)/.test(urlPath) ? urlPath : `/hi${urlPath}`);
  return (urlPath) => caches.some((dir) => fs.existsSync(`${dir}${localePath(urlPath)}.meta`));
}

/** `n` different items in random order: each run draws other articles. */
function draw<T>(items: T[], n: number): T[] {
  const pool = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(Math.random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

type Answer = { status: number; nextCache: string | undefined; ms: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET as a browser sends it (compressed answers accepted), timed from sending to the last byte. */
function timedGet(origin: string, urlPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(`${origin}${urlPath}`, { agent, headers: { "accept-encoding": "br, gzip", accept: "text/html" } }, (response) => {
      response.resume();
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, nextCache: response.headers["x-nextjs-cache"] as string | undefined, ms: performance.now() - started }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}


const fillLine = /^fill (\d+) (\S+) (\d+)ms (full|lite) (.+)$/;

type Fill = { status: number; nextCache: string; ms: number };

/** Starts the production server on the benchmark database; `fills` receives Next's answers as the front logs them. */
async function serve(env: Record<string, string>, fills: Map<string, Fill>) {
  const port = values.port ? Number(values.port) : await freePort();
  return startPortal(port, { SEED_DEMO_CONTENT: "0", ...env }, {
    databaseFile,
    onLine: (line) => {
      const match = fillLine.exec(line);
      if (match) fills.set(`${match[4]} ${match[5]}`, { status: Number(match[1]), nextCache: match[2]!, ms: Number(match[3]) });
    },
  });
}

async function waitForFill(fills: Map<string, Fill>, urlPath: string): Promise<Fill | undefined> {
  for (let waited = 0; waited < 2000 && !fills.has(urlPath); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  return fills.get(urlPath);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function summary(label: string, times: number[]): string {
  if (times.length === 0) return `  ${label.padEnd(50)} no measurement`;
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return `  ${label.padEnd(50)} median ${ms(percentile(sorted, 50)).padStart(7)}   p95 ${ms(percentile(sorted, 95)).padStart(7)}   max ${ms(sorted.at(-1)!).padStart(7)}   (n = ${sorted.length})`;
}

async function warmUp(origin: string, urls: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const url of urls) answers.push(await timedGet(origin, url));
  return answers;
}

async function withFront(warmUpUrls: string[], sample: string[]): Promise<void> {
  const fills = new Map<string, Fill>();
  const portal = await serve({ LOG_FILLS: "1" }, fills);
  try {
    const warm = await warmUp(portal.origin, warmUpUrls);
    const next: number[] = [];
    const reader: number[] = [];
    const notRendered: string[] = [];
    for (const url of sample) {
      const answer = await timedGet(portal.origin, url);
      const fill = await waitForFill(fills, `full ${url}`);
      if (answer.status !== 200 || !fill || fill.nextCache !== "MISS") {
        notRendered.push(`${url}: ${answer.status} ${fill ? `${fill.status} ${fill.nextCache}` : "no fill logged"}`);
        continue;
      }
      next.push(fill.ms);
      reader.push(answer.ms);
    }
    console.log(`\nreader front on (npm start), LOG_FILLS=1; first render after start ${warm[0]!.ms.toFixed(0)} ms, then ${warmUpSize - 1} more to warm up`);
    console.log(summary("Next's render (fill ms, x-nextjs-cache MISS)", next));
    console.log(summary("reader's time to last byte (front + Next)", reader));
    if (notRendered.length > 0) console.log(`  left out, not a fresh render: ${notRendered.length}\n    ${notRendered.slice(0, 5).join("\n    ")}`);
  } finally {
    await portal.stop();
  }
}

async function withoutFront(warmUpUrls: string[], sample: string[]): Promise<void> {
  const portal = await serve({ READER_FRONT: "0" }, new Map());
  try {
    const warm = await warmUp(portal.origin, warmUpUrls);
    const times: number[] = [];
    const notRendered: string[] = [];
    for (const url of sample) {
      const answer = await timedGet(portal.origin, url);
      if (answer.status === 200 && answer.nextCache === "MISS") times.push(answer.ms);
      else notRendered.push(`${url}: ${answer.status} ${answer.nextCache ?? "no x-nextjs-cache"}`);
    }
    console.log(`\nREADER_FRONT=0 (Next answers readers itself); first render after start ${warm[0]!.ms.toFixed(0)} ms, then ${warmUpSize - 1} more to warm up`);
    console.log(summary("time to last byte (x-nextjs-cache MISS)", times));
    if (notRendered.length > 0) console.log(`  left out, not a fresh render: ${notRendered.length}\n    ${notRendered.slice(0, 5).join("\n    ")}`);
  } finally {
    await portal.stop();
  }
}

const archive = await publishedArchive({ file: databaseFile, count, seed: values.seed, reuse: values.reuse });
const urls = archive.articlePaths;
if (archive.built) console.log(`imported ${count} generated copies (seed "${values.seed}") as published articles in ${archive.seconds.toFixed(0)} s`);
console.log(`${databaseFile} (${megabytes(archive.bytes)}): ${urls.length} published articles; ${sampleSize} drawn at random per server, each requested once, one request at a time`);
const isKept = keptByNext();
const fresh = urls.filter((url) => !isKept(url));
if (fresh.length < 2 * (warmUpSize + sampleSize)) throw new Error(`Only ${fresh.length} articles are not in Next's cache yet: build a bigger database or another seed.`);
console.log(`${urls.length - fresh.length} of them already rendered by earlier runs (kept in the build folder) are left out of the draw`);
const drawn = draw(fresh, 2 * (warmUpSize + sampleSize));
const [warmFront, sampleFront, warmBare, sampleBare] = [
  drawn.slice(0, warmUpSize),
  drawn.slice(warmUpSize, warmUpSize + sampleSize),
  drawn.slice(warmUpSize + sampleSize, 2 * warmUpSize + sampleSize),
  drawn.slice(2 * warmUpSize + sampleSize),
];
await withFront(warmFront, sampleFront);
await withoutFront(warmBare, sampleBare);
