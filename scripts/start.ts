/**
 * `npm start`: a production build when there is none yet (or the sources are newer), then the portal's server
 * (scripts/serve.ts: Next behind the reader front). The server migrates the database and loads the demo content on
 * first start (instrumentation.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const buildId = path.resolve(".next/BUILD_ID");
const sourceDirs = ["app", "components", "db", "lib", "i18n", "messages"];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  sourceDirs.filter((dir) => fs.existsSync(dir)).forEach(visit);
  return newest;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceTime()) {
  run("node_modules/.bin/next", ["build"]);
}
Object.assign(process.env, { NODE_ENV: "production" });
await import("./serve");
