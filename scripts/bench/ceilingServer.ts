import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { listeningProcess } from "./serverProcess";

/** One response exactly as a server sent it: status, headers and the body bytes still encoded (e.g. brotli). */
export type CapturedResponse = { path: string; status: number; headers: Record<string, string | string[]>; body: Buffer };

/** Headers that belong to one connection or one moment; the ceiling's own Node server sets them itself. */
const perConnection = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/** GETs `url` without decoding anything (fetch would decompress the body). */
export function captureResponse(origin: string, requestPath: string, headers: Record<string, string>): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${requestPath}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const kept = Object.entries(response.headers).filter(([name, value]) => !perConnection.has(name) && value !== undefined);
          resolve({ path: requestPath, status: response.statusCode ?? 0, headers: Object.fromEntries(kept) as CapturedResponse["headers"], body: Buffer.concat(chunks) });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

export type RunningCeiling = { origin: string; pid: number; stop: () => Promise<void> };

/**
 * The physical limit on this machine: a bare Node `http` server in its own process (like the portal) that answers
 * each captured path with the captured bytes and headers from memory, and does nothing else.
 */
export async function startCeiling(port: number, responses: CapturedResponse[]): Promise<RunningCeiling> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ceiling-bench-"));
  const manifest = responses.map((response, i) => {
    fs.writeFileSync(path.join(dir, `${i}.body`), response.body);
    return { path: response.path, status: response.status, headers: response.headers, bodyFile: `${i}.body` };
  });
  fs.writeFileSync(path.join(dir, "responses.json"), JSON.stringify(manifest));
  const child: ChildProcess = spawn("node_modules/.bin/tsx", ["scripts/bench/ceilingProcess.ts", dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`The ceiling server exited with code ${code}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { origin: `http://127.0.0.1:${port}`, pid: listeningProcess(child.pid!, port), stop };
}
