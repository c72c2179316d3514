/**
 * The portal's production HTTP server: Next.js behind the reader front (lib/delivery/readerFront.ts), which keeps
 * finished reader pages in memory and serves them without Next's client runtime. `npm start` runs this after a build.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { internalCallHeader, internalCallHeaders, isInternalCall, setServerOrigin } from "../lib/delivery/internalCalls";
import { createReaderFront, isReaderRequest, type UpstreamResponse } from "../lib/delivery/readerFront";
import { onReaderPagesChanged } from "../lib/delivery/readerPageChanges";
import { closeDb } from "../db/client";
import { stampClientAddress } from "../lib/http/clientAddress";
import { refusalOf } from "../lib/http/requestGate";
import { isHttpsRequest, readerContentSecurityPolicy, transportSecurityHeaders } from "../lib/http/securityHeaders";
import { serverActionIds } from "../lib/http/serverActionIds";
import { maxRequestBodyBytes } from "../lib/media/limits";
import { isDraining, stopBackgroundWork } from "../lib/server/lifecycle";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const origin = `http://127.0.0.1:${port}`;
const loopback = new http.Agent({ keepAlive: true, maxSockets: 64 });
/**
 * After SIGTERM: how long the port stays open with /api/health answering 503, so that a load balancer stops sending
 * traffic before connections are refused (0 without a balancer); then how long requests in flight may take to finish
 * before their connections are cut.
 */
const shutdownDrainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0);
const shutdownGraceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);

/** An answer this server gives itself (a refused request, a front that failed): plain text with the portal's security headers. */
function answerPlainly(request: http.IncomingMessage, response: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": readerContentSecurityPolicy(),
    ...transportSecurityHeaders(isHttpsRequest(request.headers["x-forwarded-proto"])),
    ...extra,
  });
  response.end(text);
}

/**
 * Runs `then` once the request's body has arrived (and been thrown away). Answering a refused request while its
 * client is still sending the body would close the connection under the client, which then never reads the answer.
 */
function afterBody(request: http.IncomingMessage, then: () => void) {
  if (request.complete) return then();
  let received = 0;
  request.on("data", (chunk: Buffer) => {
    received += chunk.length;
    // As much as the newsroom's largest upload; a client sending more is cut off.
    if (received > maxRequestBodyBytes) request.destroy();
  });
  request.on("end", then);
  request.on("error", () => request.destroy());
}

/** Next's answer for a path, asked over the loopback so a fill does not depend on the reader's own connection. */
function askNext(path: string, headers: Record<string, string>): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}${path}`, { agent: loopback, headers: { ...headers, ...internalCallHeaders() } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const nextHandler = app.getRequestHandler();
  await app.prepare();

  const front = createReaderFront({
    upstream: askNext,
    budgetBytes: Number(process.env.FRONT_CACHE_MB ?? 64) * 1024 * 1024,
    freshForMs: 1000,
    onFill:
      process.env.LOG_FILLS === "1"
        ? ({ key, status, nextCache, ms }) => console.log(`fill ${status} ${nextCache ?? "-"} ${ms}ms ${key}`)
        : undefined,
  });
  onReaderPagesChanged(front.clear);
  const frontEnabled = process.env.READER_FRONT !== "0";
  const actionIds = serverActionIds(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next"));

  const server = http.createServer((request, response) => {
    stampClientAddress(request);
    // Requests Next would answer with a 500, or should not be asked at all (lib/http/requestGate.ts).
    const header = (name: string) => request.headers[name] as string | undefined;
    const refusal = refusalOf({ method: request.method, url: request.url, header }, (id) => actionIds.has(id));
    if (refusal) return afterBody(request, () => answerPlainly(request, response, refusal.status, refusal.reason, refusal.allow ? { allow: refusal.allow } : {}));
    const internal = isInternalCall(request.headers[internalCallHeader]);
    // While shutting down, a keep-alive client gets this answer and then a closed connection; reader pages go
    // straight to Next, since the front's fills would call this server's closed port.
    if (isDraining()) response.shouldKeepAlive = false;
    if (frontEnabled && !internal && !isDraining() && isReaderRequest(request.method, request.url ?? "/")) {
      front.handle(request, response).catch((error: unknown) => {
        console.error("reader front failed", error);
        if (response.headersSent) response.end();
        else answerPlainly(request, response, 502, "Bad gateway");
      });
      return;
    }
    void nextHandler(request, response);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    setServerOrigin(origin);
    console.log(`Portal ready on http://localhost:${port}`);
  });

  /**
   * SIGTERM/SIGINT: /api/health turns 503 and the scheduler stops (after a pass in progress); after shutdownDrainMs
   * the port stops accepting, requests in flight finish (up to shutdownGraceMs; idle keep-alive connections are
   * closed as they become idle, so they cannot hold the shutdown open), then the database is checkpointed and closed.
   */
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    const waited = (ms: number) => new Promise<true>((resolve) => setTimeout(() => resolve(true), ms));
    // A scheduler pass stuck on something must not hold the shutdown forever.
    await Promise.race([stopBackgroundWork(), waited(shutdownGraceMs)]);
    if (shutdownDrainMs > 0) await waited(shutdownDrainMs);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
    server.closeIdleConnections();
    const timedOut = await Promise.race([closed.then(() => false), waited(shutdownGraceMs)]);
    clearInterval(closeIdle);
    if (timedOut) {
      console.error(`Requests still in flight after ${shutdownGraceMs} ms: cutting their connections`);
      server.closeAllConnections();
    }
    loopback.destroy();
    let exitCode = 0;
    try {
      closeDb();
    } catch (error) {
      console.error("closing the database failed", error);
      exitCode = 1;
    }
    console.log("Portal stopped");
    process.exit(exitCode);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
