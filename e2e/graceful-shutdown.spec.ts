import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { loginFormFields } from "../scripts/bench/newsroomClient";
import { freePort } from "../scripts/bench/portalServer";

/*
 * SIGTERM on a server of its own (the production build, scripts/serve.ts, its own database): /api/health turns 503
 * while the port drains, a request still arriving finishes with its normal answer, idle keep-alive connections do
 * not hold the shutdown open, the process exits 0 and leaves a checkpointed, intact database.
 */

const account = { email: "shutdown@e2e.test", password: "shutdown-pass-123" };
const drainMs = 1500;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function answer(request: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

async function waitForHealth(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not come up");
}

test("SIGTERM lets a request in flight finish, drains with a 503 health check and closes the database cleanly", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server process is enough; no browser needed");
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shutdown-e2e-"));
  const databaseFile = path.join(dir, "portal.db");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // node with tsx's loader, not the tsx launcher, so the signal and the exit code are the server's own.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_FILE: databaseFile,
      ADMIN_EMAIL: account.email,
      ADMIN_PASSWORD: account.password,
      SHUTDOWN_DRAIN_MS: String(drainMs),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    await waitForHealth(origin, server);
    const health = await (await fetch(`${origin}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, status: "ok", database: { ok: true, journalMode: "wal", writable: true, schema: { pending: 0 } } });

    // An idle keep-alive connection, as a browser or a balancer leaves one: it must not keep the server up.
    const keepAlive = new http.Agent({ keepAlive: true });
    expect((await answer(http.get(`${origin}/api/health`, { agent: keepAlive }))).status).toBe(200);

    // A sign-in whose form is still arriving when the signal comes: Next cannot answer before the whole body is in.
    const form = new FormData();
    for (const [name, value] of await loginFormFields(origin)) form.append(name, value);
    form.set("email", account.email);
    form.set("password", account.password);
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    const slow = http.request(`${origin}/admin/login`, {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type")!, "content-length": body.length, origin },
    });
    const slowAnswer = answer(slow);
    slow.write(body.subarray(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalledAt = Date.now();
    server.kill("SIGTERM");
    await expect.poll(() => output, { timeout: 5000 }).toContain("SIGTERM");
    // Draining: a balancer's check is refused, so it stops sending traffic here.
    const draining = await fetch(`${origin}/api/health`);
    expect(draining.status).toBe(503);
    expect(draining.headers.get("cache-control")).toContain("no-store");
    expect(await draining.json()).toMatchObject({ ok: false, status: "shutting down" });

    await new Promise((resolve) => setTimeout(resolve, drainMs + 500));
    slow.end(body.subarray(20));
    const signedIn = await slowAnswer;
    expect(signedIn.status, signedIn.body.slice(0, 300)).toBe(303);
    expect(String(signedIn.headers["set-cookie"])).toContain("kd_session=");

    expect(await exit).toBe(0);
    // Exited soon after the last request, although the keep-alive connection stayed open on our side.
    expect(Date.now() - signalledAt).toBeLessThan(drainMs + 500 + 5000);
    expect(output).toContain("Portal stopped");
    keepAlive.destroy();

    // Checkpointed and closed: nothing left in the write-ahead log, the file intact, the late sign-in stored.
    const wal = `${databaseFile}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const sqlite = new Database(databaseFile, { readonly: true });
    try {
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      expect((sqlite.prepare("select count(*) as n from sessions").get() as { n: number }).n).toBe(1);
    } finally {
      sqlite.close();
    }
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
