import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { benchArticleDraft } from "./benchDraft";
import { newsroomSession, type NewsroomSession } from "./newsroomClient";
import { type RunningPortal, startPortal } from "./portalServer";

/**
 * Crash runs against one database that lives through all of them, as a real server's does: the portal is killed
 * with SIGKILL in the middle of a burst of saves (and, in an import run, of a large `npm run import` of wire copies,
 * whose process is killed at the same moment); then, before anything else opens the file, PRAGMA integrity_check,
 * every save the server acknowledged (its revision and headline), and the restart; in an import run the import is
 * run again to the end and must add exactly the copies that were not in yet (content hashes, no duplicates).
 * Used by scripts/bench/crash-safety.ts (20 runs) and e2e/crash-safety.spec.ts (2 quick runs in CI).
 */

export type CrashRunKind = "saves" | "import";

export type CrashRunResult = {
  run: number;
  kind: CrashRunKind;
  killedAfterMs: number;
  savesAcknowledged: number;
  integrity: string;
  /** Acknowledged saves (of every run so far) whose revision or article row is not in the database. */
  missingSaves: string[];
  import?: {
    files: number;
    /** Copies in the database when the importer was killed: 0 < in < files when it was killed mid-way. */
    inWhenKilled: number;
    resumedImported: number;
    resumedAlreadyImported: number;
    resumedFailed: number;
    /** After the resumed import: wire_imports rows added by this run, which must equal the distinct copies. */
    addedInTotal: number;
    distinctCopies: number;
    /** Articles of this run's copies beyond one per copy (an import revision without its wire_imports row, or two). */
    duplicates: number;
  };
  restartMs: number;
  ok: boolean;
};

export type CrashRunOptions = {
  dir: string;
  port: number;
  buildDir: string;
  /** Copies per import run. */
  importFiles: number;
  /** Editor sessions saving at once. */
  editors: number;
  /** The kill comes this long (at random between the two, in ms) after the first save was acknowledged (and the importer wrote its first copies). */
  killBetweenMs: [number, number];
  log?: (line: string) => void;
};

const editor = { email: "crash-editor@example.com", password: "crash-pass-12345" };
type Acknowledged = { articleId: number; version: number; headline: string };

function tsx(args: string[], env: Record<string, string>, detached = false): ChildProcess {
  return spawn("node_modules/.bin/tsx", args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", resolve));
}

/** Editors saving as fast as the server answers until `stop`: each loop creates a draft, saves it twice. */
function saveBurst(sessions: NewsroomSession[], acknowledged: Acknowledged[], tag: string) {
  let running = true;
  let n = 0;
  const loops = sessions.map(async (session) => {
    while (running) {
      try {
        const articleId = await session.createArticle(1 + (n % 3));
        for (let version = 1; running && version <= 2; version++) {
          const draft = { ...benchArticleDraft(n++, 1), headline: `क्रैश परीक्षण ${tag} ${articleId} v${version + 1}` };
          const saved = await session.saveArticle(articleId, version, draft);
          if (!saved.ok) break;
          acknowledged.push({ articleId, version: saved.data.version, headline: draft.headline });
        }
      } catch {
        // The server is gone (killed): whatever was not answered was never acknowledged.
        if (running) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

function checkDatabase(databaseFile: string, acknowledged: Acknowledged[]): { integrity: string; missing: string[]; wireImports: number; importRevisions: number } {
  // The first open after the kill: SQLite recovers the write-ahead log here.
  const sqlite = new Database(databaseFile);
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
    const revision = sqlite.prepare("select json_extract(snapshot, '$.headline') as headline from article_revisions where article_id = ? and version = ?");
    const article = sqlite.prepare("select version from articles where id = ?");
    const missing = acknowledged.flatMap((save) => {
      const stored = revision.get(save.articleId, save.version) as { headline: string } | undefined;
      const row = article.get(save.articleId) as { version: number } | undefined;
      return stored?.headline === save.headline && row && row.version >= save.version ? [] : [`article ${save.articleId} v${save.version}`];
    });
    const count = (query: string) => (sqlite.prepare(query).get() as { n: number }).n;
    return {
      integrity,
      missing,
      wireImports: count("select count(*) as n from wire_imports"),
      importRevisions: count("select count(*) as n from article_revisions where kind = 'import'"),
    };
  } finally {
    sqlite.close();
  }
}

/**
 * Signs an editor in, trying again a few times: right after a restart a keep-alive connection of this process may
 * still be taken for a request just as the server closes it, which is a client-side race, not a lost write.
 */
async function signIn(origin: string, buildDir: string, log: (line: string) => void): Promise<NewsroomSession> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await newsroomSession(origin, editor, buildDir);
    } catch (error) {
      if (attempt === 3) throw error;
      log(`  signing in failed (${error instanceof Error ? `${error.message}: ${String(error.cause)}` : String(error)}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function importSummary(output: string): { imported: number; alreadyImported: number; failed: number } {
  const match = /imported (\d+), already imported (\d+), failed (\d+)/.exec(output);
  if (!match) throw new Error(`No import summary in: ${output.slice(-500)}`);
  return { imported: Number(match[1]), alreadyImported: Number(match[2]), failed: Number(match[3]) };
}

export async function crashRuns(kinds: CrashRunKind[], options: CrashRunOptions): Promise<CrashRunResult[]> {
  const log = options.log ?? (() => {});
  const databaseFile = path.join(options.dir, "portal.db");
  const env = { ADMIN_EMAIL: editor.email, ADMIN_PASSWORD: editor.password, DATABASE_FILE: databaseFile };
  const acknowledged: Acknowledged[] = [];
  const results: CrashRunResult[] = [];
  let portal: RunningPortal | undefined = await startPortal(options.port, env, { databaseFile });
  try {
    for (const [index, kind] of kinds.entries()) {
      const run = index + 1;
      const sessions = await Promise.all(Array.from({ length: options.editors }, () => signIn(portal!.origin, options.buildDir, log)));
      const before = acknowledged.length;
      const stopBurst = saveBurst(sessions, acknowledged, `r${run}`);

      let importer: ChildProcess | undefined;
      let wireDir: string | undefined;
      let distinctCopies = 0;
      const wireBefore = wireImportCount(databaseFile);
      if (kind === "import") {
        wireDir = path.join(options.dir, `wire-${run}`);
        const generated = spawnSync("node_modules/.bin/tsx", ["scripts/generate-wire-copies.ts", "--count", String(options.importFiles), "--seed", `crash-${run}-${Date.now()}`, "--out", wireDir], { encoding: "utf8" });
        if (generated.status !== 0) throw new Error(`generating wire copies failed: ${generated.stderr}`);
        distinctCopies = new Set(fs.readdirSync(wireDir).filter((name) => name.endsWith(".txt")).map((name) => createHash("sha256").update(fs.readFileSync(path.join(wireDir!, name))).digest("hex"))).size;
        // Its own process group, so that the kill reaches node under the tsx launcher too.
        importer = tsx(["scripts/import.ts", wireDir], env, true);
        importer.stdout!.resume();
        importer.stderr!.resume();
      }
      const started = Date.now();
      // The kill comes once saves are being acknowledged and (in an import run) the importer is writing, so that it
      // lands in the middle of both rather than before they began.
      const writing = () => acknowledged.length > before && (!importer || importer.exitCode !== null || wireImportCount(databaseFile) > wireBefore);
      while (!writing() && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 25));
      const [low, high] = options.killBetweenMs;
      await new Promise((resolve) => setTimeout(resolve, Math.round(low + Math.random() * (high - low))));
      const killedAfterMs = Date.now() - started;
      process.kill(portal.pid, "SIGKILL");
      if (importer) process.kill(-importer.pid!, "SIGKILL");
      await portal.stop();
      portal = undefined;
      if (importer) await exited(importer);
      await stopBurst();

      const check = checkDatabase(databaseFile, acknowledged);
      let importResult: CrashRunResult["import"];
      const restartStarted = Date.now();
      portal = await startPortal(options.port, env, { databaseFile });
      const restartMs = Date.now() - restartStarted;
      if (kind === "import" && wireDir) {
        const inWhenKilled = check.wireImports - wireBefore;
        // The import again, to the end, while the restarted server runs: it must pick up where the killed one stopped.
        const resumed = tsx(["scripts/import.ts", wireDir], env);
        let output = "";
        resumed.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        resumed.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        await exited(resumed);
        const summary = importSummary(output);
        const after = checkDatabase(databaseFile, []);
        importResult = {
          files: options.importFiles,
          inWhenKilled,
          resumedImported: summary.imported,
          resumedAlreadyImported: summary.alreadyImported,
          resumedFailed: summary.failed,
          addedInTotal: after.wireImports - wireBefore,
          distinctCopies,
          duplicates: after.importRevisions - after.wireImports,
        };
        fs.rmSync(wireDir, { recursive: true, force: true });
      }
      const ok =
        check.integrity === "ok" &&
        check.missing.length === 0 &&
        (importResult === undefined ||
          (importResult.addedInTotal === importResult.distinctCopies && importResult.duplicates === 0 && importResult.resumedFailed === 0 && importResult.resumedAlreadyImported === importResult.inWhenKilled));
      const result: CrashRunResult = { run, kind, killedAfterMs, savesAcknowledged: acknowledged.length - before, integrity: check.integrity, missingSaves: check.missing, import: importResult, restartMs, ok };
      results.push(result);
      log(describeRun(result));
    }
  } finally {
    await portal?.stop();
  }
  return results;
}

function wireImportCount(databaseFile: string): number {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from wire_imports").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

export function describeRun(result: CrashRunResult): string {
  const parts = [
    `run ${String(result.run).padStart(2)} ${result.kind.padEnd(6)} killed after ${result.killedAfterMs} ms`,
    `${result.savesAcknowledged} saves acknowledged`,
    `integrity ${result.integrity}`,
    `missing ${result.missingSaves.length}`,
  ];
  if (result.import) {
    const i = result.import;
    parts.push(
      `import: ${i.inWhenKilled}/${i.distinctCopies} in when killed, resumed +${i.resumedImported} (already ${i.resumedAlreadyImported}, failed ${i.resumedFailed}), total added ${i.addedInTotal}, duplicates ${i.duplicates}`,
    );
  }
  parts.push(`restart ${result.restartMs} ms`, result.ok ? "OK" : "FAILED");
  return parts.join(", ");
}
