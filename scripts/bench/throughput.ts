/**
 * Requests per second and latency of a reader page under load (autocannon, after a warm-up).
 * Usage: npx next build && npx tsx scripts/bench/throughput.ts [--connections 20] [--duration 10] [--path /videsh]
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { seedArticlePath, startPortal } from "./portalServer";

const { values } = parseArgs({
  options: { connections: { type: "string", default: "20" }, duration: { type: "string", default: "10" }, path: { type: "string" } },
});

const portal = await startPortal();
try {
  const path = values.path ?? (await seedArticlePath(portal.origin));
  const url = portal.origin + path;
  await autocannon({ url, connections: 4, duration: 3 });
  const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.duration) });
  const non2xx = result.non2xx + result.errors;
  console.log(`${path}`);
  console.log(`connections ${values.connections}, ${values.duration} s: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${non2xx} errors or non-2xx`);
} finally {
  await portal.stop();
}
