import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Not copied: dependencies (hard-linked instead), builds, test output and local data. */
const leftOut = /^(?:node_modules|\.git|\.next.*|\.e2e-data.*|test-results|data|tsconfig\.tsbuildinfo)$/;

export type ProjectCopy = { dir: string; buildSeconds: number; remove: () => void };

/**
 * A copy of the project without proxy.ts (so Next has no proxy at all), built for production in its own
 * folder. Only the copy changes: the production code has no switch for this. Without the proxy's locale routing,
 * the Hindi pages live at their internal addresses (/hi, /hi/<section>/<slug>-<id>).
 */
export async function buildProjectWithoutProxy(): Promise<ProjectCopy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-no-proxy-"));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    for (const entry of fs.readdirSync(".")) {
      if (!leftOut.test(entry)) fs.cpSync(entry, path.join(dir, entry), { recursive: true });
    }
    // Turbopack will not resolve packages through a symlink that leaves the project, so the copy gets hard links
    // (no bytes copied; /tmp must be on the same file system as the project).
    const linked = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")], { stdio: "inherit" });
    if (linked.status !== 0) throw new Error("could not hard-link node_modules into the copy");
    fs.rmSync(path.join(dir, "proxy.ts"));
    const started = performance.now();
    const code = await new Promise<number | null>((resolve) => {
      const build = spawn("node_modules/.bin/next", ["build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
      build.once("exit", resolve);
    });
    if (code !== 0) throw new Error(`next build without the proxy failed (exit ${code}) in ${dir}`);
    return { dir, buildSeconds: (performance.now() - started) / 1000, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
