/**
 * Requests/s and latency of the cached seed article and the home page, in one run, against:
 *   ceiling                a bare Node `http` server answering the portal's own response bytes and headers from memory
 *   portal                 `npm start` as it runs: scripts/serve.ts, the reader front before Next
 *   portal, no proxy       the same, from a copy of the project without proxy.ts
 *   Next ISR + proxy       scripts/serve.ts with READER_FRONT=0: Next answers from its ISR cache, through proxy.ts
 *   Next ISR, no proxy     the copy without proxy.ts, READER_FRONT=0
 * The copy is built in a temporary folder; without the proxy's locale routing its Hindi pages live at their
 * internal addresses (/hi, /hi/<section>/<slug>-<id>). Every request says `accept-encoding: br`. Each variant gets a
 * warm-up, then the measured run (autocannon, in this process). "server CPU" is the CPU time the serving process
 * used per request, which other load on the machine disturbs less than requests/s.
 * Usage: NEXT_DIST_DIR=.next-bench1 npx next build && NEXT_DIST_DIR=.next-bench1 npx tsx scripts/bench/throughput.ts
 *   [--connections 64] [--seconds 15] [--warm-up 5] [--port 3500] (uses five ports from there) [--skip-no-proxy]
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { captureResponse, type RunningCeiling, startCeiling } from "./ceilingServer";
import { load, type LoadFigures } from "./load";
import { seedArticlePath, startPortal, type RunningPortal } from "./portalServer";
import { buildProjectWithoutProxy, type ProjectCopy } from "./projectWithoutProxy";
import { cpuSeconds } from "./serverProcess";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "64" },
    seconds: { type: "string", default: "15" },
    "warm-up": { type: "string", default: "5" },
    port: { type: "string", default: "3500" },
    "skip-no-proxy": { type: "boolean", default: false },
  },
});
const loadOptions = { connections: Number(values.connections), seconds: Number(values.seconds), headers: { "accept-encoding": "br" } };
const warmUp = { ...loadOptions, seconds: Number(values["warm-up"]) };
const basePort = Number(values.port);

type Variant = { name: string; server: RunningPortal | RunningCeiling; pathOf: (readerPath: string) => string };
type Row = { variant: string; page: string; url: string; figures: LoadFigures; cpuPerRequest: number; bytes: number; encoding: string; cache: string; status: number };

const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(" ");
const header = (headers: Record<string, string | string[]>, name: string) => String(headers[name] ?? "-");
const asIs = (readerPath: string) => readerPath;
const internalHindi = (readerPath: string) => (readerPath === "/" ? "/hi" : `/hi${readerPath}`);

const running: Array<RunningPortal | RunningCeiling> = [];
/** Keeps what started, to stop it whatever happens. */
async function started<T extends RunningPortal | RunningCeiling>(starting: Promise<T>): Promise<T> {
  const server = await starting;
  running.push(server);
  return server;
}

let copy: ProjectCopy | null = null;
try {
  console.log(`${os.cpus().length} cores, load average ${loadAverage()} at start`);
  if (!values["skip-no-proxy"]) {
    copy = await buildProjectWithoutProxy();
    console.log(`built a copy without proxy.ts in ${copy.buildSeconds.toFixed(0)} s (${copy.dir})`);
  }
  const portal = await started(startPortal(basePort));
  const nextThroughProxy = await started(startPortal(basePort + 1, { READER_FRONT: "0" }));
  const nextWithoutProxy = copy ? await started(startPortal(basePort + 2, { READER_FRONT: "0" }, { cwd: copy.dir })) : null;
  const portalWithoutProxy = copy ? await started(startPortal(basePort + 4, {}, { cwd: copy.dir })) : null;

  const pages = [
    { page: "article", path: await seedArticlePath(portal.origin) },
    { page: "home", path: "/" },
  ];
  // The ceiling answers with exactly what the portal sends a reader once the page is in its memory.
  const captured = [];
  for (const { path } of pages) {
    await captureResponse(portal.origin, path, loadOptions.headers);
    captured.push(await captureResponse(portal.origin, path, loadOptions.headers));
  }
  const ceiling = await started(startCeiling(basePort + 3, captured));

  const variants: Variant[] = [
    { name: "ceiling (bare node http)", server: ceiling, pathOf: asIs },
    { name: "portal (reader front)", server: portal, pathOf: asIs },
    ...(portalWithoutProxy ? [{ name: "portal, no proxy", server: portalWithoutProxy, pathOf: internalHindi }] : []),
    { name: "Next ISR + proxy", server: nextThroughProxy, pathOf: asIs },
    ...(nextWithoutProxy ? [{ name: "Next ISR, no proxy", server: nextWithoutProxy, pathOf: internalHindi }] : []),
  ];

  const rows: Row[] = [];
  for (const { page, path } of pages) {
    for (const { name, server, pathOf } of variants) {
      const url = pathOf(path);
      await load(server.origin + url, warmUp);
      const cpuBefore = cpuSeconds(server.pid);
      const figures = await load(server.origin + url, loadOptions);
      const cpuPerRequest = (cpuSeconds(server.pid) - cpuBefore) / figures.requests;
      // What the variant answered once warm: its size as sent, and which cache answered.
      const probe = await captureResponse(server.origin, url, loadOptions.headers);
      const cache = `${header(probe.headers, "x-cache")}/${header(probe.headers, "x-nextjs-cache")}`;
      const encoding = probe.headers["content-encoding"] ? header(probe.headers, "content-encoding") : "uncompressed";
      rows.push({ variant: name, page, url, figures, cpuPerRequest, bytes: probe.body.length, encoding, cache, status: probe.status });
      console.log(`  measured ${name}, ${page}: ${figures.requestsPerSecond.toFixed(0)} req/s (load average ${loadAverage()})`);
    }
  }

  console.log(`\n${values.connections} connections, ${values.seconds} s after a ${values["warm-up"]} s warm-up, accept-encoding: br`);
  console.log(`article: ${pages[0]!.path}`);
  const columns = ["variant", "page", "req/s", "% ceiling", "p50 ms", "p99 ms", "errors (timeouts)/non-2xx", "server CPU/req", "bytes sent", "x-cache/x-nextjs-cache", "URL"];
  const table = rows.map((row) => {
    const ceilingRow = rows.find((other) => other.page === row.page && other.variant === variants[0]!.name)!;
    const share = (100 * row.figures.requestsPerSecond) / ceilingRow.figures.requestsPerSecond;
    return [
      row.variant,
      row.page,
      row.figures.requestsPerSecond.toFixed(0),
      `${share.toFixed(0)}%`,
      row.figures.p50.toFixed(1),
      row.figures.p99.toFixed(1),
      `${row.figures.errors} (${row.figures.timeouts})/${row.figures.non2xx}`,
      `${(row.cpuPerRequest * 1e6).toFixed(0)} µs`,
      `${row.bytes} ${row.encoding}${row.status === 200 ? "" : ` (status ${row.status})`}`,
      row.cache,
      row.url,
    ];
  });
  const widths = columns.map((column, i) => Math.max(column.length, ...table.map((cells) => cells[i]!.length)));
  const leftAligned = (i: number) => i < 2 || i >= 8;
  for (const cells of [columns, ...table]) console.log(cells.map((cell, i) => (leftAligned(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd());
  console.log(`\nload average ${loadAverage()} at the end (other processes on this machine share its ${os.cpus().length} cores)`);
} finally {
  for (const server of running.reverse()) await server.stop();
  copy?.remove();
}
