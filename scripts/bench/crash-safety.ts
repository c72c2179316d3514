/**
 * Crash safety: the portal killed with SIGKILL in the middle of a burst of saves (and, in every other run, of a
 * large import of wire copies by `npm run import`, killed at the same moment), again and again on one database.
 * After each kill: PRAGMA integrity_check, every acknowledged save present, the restart; after an import kill the
 * import is run again and must add exactly the copies that were missing, without duplicates (scripts/bench/crashRuns.ts).
 * Usage: NEXT_DIST_DIR=.next-durability npx next build && NEXT_DIST_DIR=.next-durability npx tsx scripts/bench/crash-safety.ts
 *   [--runs 20] [--import-files 3000] [--editors 4] [--port 3541]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type CrashRunKind, crashRuns } from "./crashRuns";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    "import-files": { type: "string", default: "3000" },
    editors: { type: "string", default: "4" },
    port: { type: "string", default: "3541" },
  },
});
const runs = Number(values.runs);
const kinds: CrashRunKind[] = Array.from({ length: runs }, (_, i) => (i % 2 === 0 ? "saves" : "import"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-safety-"));
try {
  console.log(`${runs} kills (${kinds.filter((kind) => kind === "saves").length} during saves, ${kinds.filter((kind) => kind === "import").length} during an import of ${values["import-files"]} copies and saves); ${values.editors} editors saving`);
  const results = await crashRuns(kinds, {
    dir,
    port: Number(values.port),
    buildDir: path.resolve(process.env.NEXT_DIST_DIR ?? ".next"),
    importFiles: Number(values["import-files"]),
    editors: Number(values.editors),
    killBetweenMs: [200, 1500],
    log: (line) => console.log(line),
  });
  const failed = results.filter((result) => !result.ok);
  const saves = results.reduce((sum, result) => sum + result.savesAcknowledged, 0);
  const imports = results.flatMap((result) => (result.import ? [result.import] : []));
  console.log(`\n${results.length} kills, ${failed.length} failed; ${saves} saves acknowledged in all, missing after the last kill: ${results.at(-1)?.missingSaves.length ?? 0}`);
  console.log(`imports killed mid-way: ${imports.filter((i) => i.inWhenKilled > 0 && i.inWhenKilled < i.distinctCopies).length} of ${imports.length}; duplicates ${imports.reduce((sum, i) => sum + i.duplicates, 0)}`);
  console.log(`restart after a kill: median ${results.map((r) => r.restartMs).sort((a, b) => a - b)[Math.floor(results.length / 2)]} ms`);
  process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
