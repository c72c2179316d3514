/**
 * Readers and editors at once: 64 connections read reader pages (home, sections, articles; autocannon) while editor
 * sessions save and publish articles through the newsroom's own server actions over HTTP, at a steady rate
 * (20 articles/s = 40 writes/s by default). The empty drafts they fill in are made in the database before the
 * server starts (the "new article" step is not part of the load). Prints the readers' req/s and latency; the writes attempted,
 * acknowledged and failed with their latency; every SQLITE_BUSY / "database is locked" seen in an answer or in the
 * server's log; then, with the server stopped (SIGTERM, so also a graceful shutdown), reads every acknowledged save
 * and publish back from the database file: missing must be 0.
 * Usage: NEXT_DIST_DIR=.next-durability npx next build && NEXT_DIST_DIR=.next-durability npx tsx scripts/bench/load-with-writes.ts
 *   [--seconds 60] [--readers 64] [--rate 20] [--editors 12] [--port 3540]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { benchArticleDraft } from "./benchDraft";
import { load } from "./load";
import { newsroomSession, type NewsroomSession } from "./newsroomClient";
import { startPortal } from "./portalServer";
import { findReaderPages } from "./readerPages";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    readers: { type: "string", default: "64" },
    rate: { type: "string", default: "20" },
    editors: { type: "string", default: "12" },
    port: { type: "string", default: "3540" },
  },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const editorCount = Number(values.editors);
const editor = { email: "load-editor@example.com", password: "load-pass-12345" };
const buildDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
const busy = /SQLITE_BUSY|database is locked/i;

type WriteKind = "save" | "publish";
type Write = { kind: WriteKind; ms: number; ok: boolean; error?: string };
/** What the server said it stored: the version a save or publish became, and the save's headline. */
type Acknowledged = { articleId: number; version: number; headline: string; published: boolean };

const writes: Write[] = [];
const acknowledged: Acknowledged[] = [];
const serverErrors: string[] = [];

async function timed<T>(kind: WriteKind, run: () => Promise<T>, succeeded: (value: T) => string | null): Promise<T | undefined> {
  const started = performance.now();
  try {
    const value = await run();
    const error = succeeded(value);
    writes.push({ kind, ms: performance.now() - started, ok: error === null, ...(error === null ? {} : { error }) });
    return error === null ? value : undefined;
  } catch (error) {
    writes.push({ kind, ms: performance.now() - started, ok: false, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** One story through the newsroom: a full save of an empty draft, then publish. */
async function writeStory(session: NewsroomSession, n: number, articleId: number, sectionId: number): Promise<void> {
  const draft = { ...benchArticleDraft(n, sectionId), headline: `लोड परीक्षण की ख़बर ${n} — ${articleId}` };
  const saved = await timed("save", () => session.saveArticle(articleId, 1, draft), (result) => (result.ok ? null : result.error));
  if (!saved?.ok) return;
  acknowledged.push({ articleId, version: saved.data.version, headline: draft.headline, published: false });
  const published = await timed("publish", () => session.changeStatus(articleId, saved.data.version, "publish"), (result) => (result.ok ? null : result.error));
  if (published?.ok) acknowledged.push({ articleId, version: published.data.version, headline: draft.headline, published: true });
}

/**
 * Editors start stories on a fixed timetable (story n at n / rate seconds), each editor taking every
 * editorCount-th story; an editor whose previous story is not done yet starts late, and none starts after the
 * readers' time is up, so the achieved rate shows whether the server kept up.
 */
async function editors(sessions: NewsroomSession[], drafts: { id: number; sectionId: number }[], until: number): Promise<void> {
  const start = Date.now();
  await Promise.all(
    sessions.map(async (session, e) => {
      for (let n = e; ; n += sessions.length) {
        const due = start + (n * 1000) / rate;
        if (due >= until || Date.now() >= until || n >= drafts.length) return;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        await writeStory(session, n, drafts[n]!.id, drafts[n]!.sectionId);
      }
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Every acknowledged save and publish, read back from the stopped server's database file. */
function missingWrites(databaseFile: string): string[] {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const revision = sqlite.prepare("select json_extract(snapshot, '$.headline') as headline from article_revisions where article_id = ? and version = ?");
    const article = sqlite.prepare("select version, status, headline from articles where id = ?");
    const missing: string[] = [];
    for (const write of acknowledged) {
      const stored = revision.get(write.articleId, write.version) as { headline: string } | undefined;
      const row = article.get(write.articleId) as { version: number; status: string; headline: string } | undefined;
      const what = `${write.published ? "publish" : "save"} of article ${write.articleId} v${write.version}`;
      if (!stored || stored.headline !== write.headline) missing.push(`${what}: no revision with that headline`);
      else if (!row || row.version < write.version || row.headline !== write.headline) missing.push(`${what}: article row is ${JSON.stringify(row)}`);
      else if (write.published && row.status !== "published") missing.push(`${what}: status ${row.status}`);
    }
    return missing;
  } finally {
    sqlite.close();
  }
}

/** The demo newsroom with the editor's account and the empty drafts, made here before the server opens the file. */
async function prepareDrafts(databaseFile: string, count: number): Promise<{ id: number; sectionId: number }[]> {
  Object.assign(process.env, { DATABASE_FILE: databaseFile, ADMIN_EMAIL: editor.email, ADMIN_PASSWORD: editor.password });
  const { prepareDatabase } = await import("@/lib/demo/prepareDatabase");
  const { closeDb } = await import("@/db/client");
  const { getUserByEmail } = await import("@/db/queries/users");
  const { listSections } = await import("@/db/queries/sections");
  const { createDraftArticle } = await import("@/db/queries/articleEditing");
  await prepareDatabase();
  const userId = (await getUserByEmail(editor.email))!.id;
  const sectionIds = (await listSections()).map((section) => section.id);
  const drafts = [];
  for (let n = 0; n < count; n++) {
    const sectionId = sectionIds[n % sectionIds.length]!;
    drafts.push({ id: await createDraftArticle({ locale: "hi", sectionId, userId, now: new Date() }), sectionId });
  }
  closeDb();
  return drafts;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "load-with-writes-"));
const databaseFile = path.join(dataDir, "portal.db");
const drafts = await prepareDrafts(databaseFile, Math.ceil(rate * seconds * 1.1));
const portal = await startPortal(Number(values.port), { ADMIN_EMAIL: editor.email, ADMIN_PASSWORD: editor.password }, { databaseFile, onErrorLine: (line) => serverErrors.push(line) });
let stopped = false;
try {
  console.log(`${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} at start`);
  const pages = (await findReaderPages(portal.origin)).filter((page) => ["home", "section", "article with hero", "article without hero"].includes(page.type));
  const sectionPaths = [...new Set([...(await (await fetch(`${portal.origin}/`)).text()).matchAll(/\bhref="(\/[a-z-]+)"/g)].map((match) => match[1]!))]
    .filter((href) => !href.startsWith("/search") && !href.startsWith("/admin") && href !== "/en")
    .slice(0, 6);
  const paths = [...new Set([...pages.map((page) => page.path), ...sectionPaths])];
  console.log(`reader pages: ${paths.join(" ")}`);
  // The pages are in the reader front's memory before the measured run, as on a site that was already up.
  await load(portal.origin, { connections: 16, seconds: 3, paths });

  const sessions = await Promise.all(Array.from({ length: editorCount }, () => newsroomSession(portal.origin, editor, buildDir)));
  const started = Date.now();
  const [readers] = await Promise.all([
    load(portal.origin, { connections: Number(values.readers), seconds, paths }),
    editors(sessions, drafts, started + seconds * 1000),
  ]);
  const writeSeconds = (Date.now() - started) / 1000;

  await portal.stop();
  stopped = true;
  const missing = missingWrites(databaseFile);

  const ok = writes.filter((write) => write.ok);
  const failed = writes.filter((write) => !write.ok);
  const latencies = ok.map((write) => write.ms).sort((a, b) => a - b);
  const stories = acknowledged.filter((write) => write.published).length;
  const busyAnswers = failed.filter((write) => busy.test(write.error ?? ""));
  const busyLog = serverErrors.filter((line) => busy.test(line));

  console.log(`\n${values.readers} reader connections for ${seconds} s over ${paths.length} pages; ${editorCount} editor sessions aiming at ${rate} stories/s (save + publish)`);
  console.log(
    `readers: ${readers.requests} requests, ${readers.requestsPerSecond.toFixed(0)} req/s, p50 ${readers.p50} ms, p97.5 ${readers.p97_5} ms, p99 ${readers.p99} ms, max ${readers.maxLatency} ms; errors ${readers.errors} (timeouts ${readers.timeouts}), non-2xx ${readers.non2xx} ${JSON.stringify(readers.statuses)}`,
  );
  console.log(`writes: attempted ${writes.length}, acknowledged ${ok.length}, failed ${failed.length}; ${stories} stories published in ${writeSeconds.toFixed(1)} s = ${(stories / writeSeconds).toFixed(1)} stories/s, ${(ok.length / writeSeconds).toFixed(1)} writes/s`);
  console.log(`write latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${percentile(latencies, 100).toFixed(0)} ms`);
  for (const kind of ["save", "publish"] as const) {
    const own = ok.filter((write) => write.kind === kind).map((write) => write.ms).sort((a, b) => a - b);
    console.log(`  ${kind}: ${own.length} acknowledged, ${failed.filter((write) => write.kind === kind).length} failed, p50 ${percentile(own, 50).toFixed(0)} ms, p99 ${percentile(own, 99).toFixed(0)} ms`);
  }
  for (const error of [...new Set(failed.map((write) => write.error))].slice(0, 5)) console.log(`  failure: ${error?.slice(0, 200)}`);
  console.log(`SQLITE_BUSY / "database is locked": ${busyAnswers.length} in answers, ${busyLog.length} in the server's log (${serverErrors.length} lines on its stderr)`);
  for (const line of serverErrors.slice(0, 10)) console.log(`  server: ${line.slice(0, 200)}`);
  console.log(`read back after the run: ${acknowledged.length} acknowledged saves and publishes, missing ${missing.length}`);
  for (const line of missing.slice(0, 10)) console.log(`  missing: ${line}`);
  console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} at the end`);
  process.exitCode = missing.length === 0 && busyAnswers.length === 0 && busyLog.length === 0 ? 0 : 1;
} finally {
  if (!stopped) await portal.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
