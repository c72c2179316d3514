import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type RunningPortal = { origin: string; stop: () => Promise<void> };

/**
 * Starts the production build (`next build` must have run) on a fresh demo database in a temporary folder,
 * so that benchmarks measure the same pages a newcomer gets and never touch data/portal.db. `env` adds settings
 * such as ADMIN_EMAIL; NEXT_DIST_DIR picks another build folder.
 */
export async function startPortal(port = Number(process.env.BENCH_PORT ?? 3210), env: Record<string, string> = {}): Promise<RunningPortal> {
  const buildDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(buildDir, "BUILD_ID"))) throw new Error(`No production build in ${buildDir}: run \`npx next build\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], {
    env: { ...process.env, ...env, PORT: String(port), DATABASE_FILE: path.join(dataDir, "portal.db"), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The canonical URL of the seed article (id 1), read from the redirect that /videsh/1 answers. */
export async function seedArticlePath(origin: string): Promise<string> {
  const response = await fetch(`${origin}/videsh/1`, { redirect: "manual" });
  return response.headers.get("location") ?? "/videsh/1";
}
