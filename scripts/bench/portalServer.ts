import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { listeningProcess } from "./serverProcess";

export type RunningPortal = {
  origin: string;
  /** The node process that serves (not the tsx launcher that was spawned). */
  pid: number;
  stop: () => Promise<void>;
};

export type PortalOptions = {
  /** The project folder to run, with its own build; by default this one. */
  cwd?: string;
  /** An existing database to serve instead of a fresh demo one; it is left in place afterwards. */
  databaseFile?: string;
  /** Receives every line the server prints on stdout (LOG_FILLS=1 prints one per page Next was asked for). */
  onLine?: (line: string) => void;
  /** Receives every line the server prints on stderr (errors, stack traces); without it they go to this stderr. */
  onErrorLine?: (line: string) => void;
};

/**
 * Starts the production build (`next build` must have run) through scripts/serve.ts — the reader front before
 * Next, as `npm start` runs it — on a fresh demo database in a temporary folder, so that benchmarks measure the
 * same pages a newcomer gets and never touch data/portal.db. `env` adds settings such as ADMIN_EMAIL or
 * READER_FRONT=0; NEXT_DIST_DIR picks another build folder.
 */
export async function startPortal(
  port = Number(process.env.BENCH_PORT ?? 3210),
  env: Record<string, string> = {},
  options: PortalOptions = {},
): Promise<RunningPortal> {
  const cwd = options.cwd ?? process.cwd();
  const buildDir = path.resolve(cwd, process.env.NEXT_DIST_DIR ?? ".next");
  if (!fs.existsSync(path.join(buildDir, "BUILD_ID"))) throw new Error(`No production build in ${buildDir}: run \`npx next build\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const server: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), DATABASE_FILE: options.databaseFile ?? path.join(dataDir, "portal.db"), NODE_ENV: "production" },
    stdio: ["ignore", options.onLine ? "pipe" : "ignore", options.onErrorLine ? "pipe" : "inherit"],
  });
  if (options.onLine && server.stdout) readline.createInterface({ input: server.stdout }).on("line", options.onLine);
  if (options.onErrorLine && server.stderr) readline.createInterface({ input: server.stderr }).on("line", options.onErrorLine);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    server.once("exit", (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const stop = async () => {
    if (exitCode === undefined) {
      server.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  let up = false;
  while (!up && exitCode === undefined && Date.now() < deadline) {
    try {
      up = (await fetch(`${origin}/api/health`)).ok;
    } catch {
      // not listening yet
    }
    if (!up) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!up) {
    await stop();
    throw new Error(exitCode === undefined ? `The portal did not answer on ${origin} within 2 minutes` : `The portal exited with code ${exitCode} before answering on ${origin}`);
  }
  try {
    return { origin, pid: listeningProcess(server.pid!, port), stop };
  } catch (error) {
    // Someone else's server answered on that port.
    await stop();
    throw error;
  }
}

/** The canonical URL of the seed article (id 1), read from the redirect that /videsh/1 answers. */
export async function seedArticlePath(origin: string): Promise<string> {
  const response = await fetch(`${origin}/videsh/1`, { redirect: "manual" });
  // Next's first (uncached) render of the redirect sends Location twice, which fetch joins with ", ".
  return response.headers.get("location")?.split(", ")[0] ?? "/videsh/1";
}

/** A port nobody listens on, so that the figures cannot come from someone else's server. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
