/**
 * The ceiling server's process (started by ceilingServer.ts): answers each captured path with its captured status,
 * headers and bytes. Usage: tsx scripts/bench/ceilingProcess.ts DIR PORT (DIR holds responses.json and the bodies).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

type Stored = { path: string; status: number; headers: Record<string, string | string[]>; bodyFile: string };

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error("Usage: ceilingProcess.ts DIR PORT");
const stored = JSON.parse(fs.readFileSync(path.join(dir, "responses.json"), "utf8")) as Stored[];
const responses = new Map(stored.map((entry) => [entry.path, { ...entry, body: fs.readFileSync(path.join(dir, entry.bodyFile)) }]));

const server = http.createServer((request, response) => {
  const found = responses.get(request.url ?? "/");
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(found.status, found.headers);
  response.end(request.method === "HEAD" ? undefined : found.body);
});
// As in scripts/serve.ts, so both keep their connections the same way.
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => console.log(`ceiling ready on ${port}`));
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
