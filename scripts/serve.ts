/**
 * The portal's production HTTP server: Next.js behind the reader front (lib/delivery/readerFront.ts), which keeps
 * finished reader pages in memory and serves them without Next's client runtime. `npm start` runs this after a build.
 */
import http from "node:http";
import next from "next";
import { internalCallHeader, internalCallHeaders, isInternalCall, setServerOrigin } from "../lib/delivery/internalCalls";
import { createReaderFront, isReaderRequest, type UpstreamResponse } from "../lib/delivery/readerFront";
import { onReaderPagesChanged } from "../lib/delivery/readerPageChanges";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const origin = `http://127.0.0.1:${port}`;
const loopback = new http.Agent({ keepAlive: true, maxSockets: 64 });

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

  const server = http.createServer((request, response) => {
    const internal = isInternalCall(request.headers[internalCallHeader]);
    if (frontEnabled && !internal && isReaderRequest(request.method, request.url ?? "/")) {
      front.handle(request, response).catch((error: unknown) => {
        console.error("reader front failed", error);
        if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        response.end("Bad gateway");
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

  const shutdown = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
