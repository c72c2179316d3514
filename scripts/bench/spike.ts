/**
 * A traffic spike right after a publish: an editor signs in, writes a story and publishes it through the newsroom's
 * own server actions over HTTP (which expires the home page), and at once 200 connections ask for the home page
 * for 30 s. Prints requests, req/s, latency, errors and non-200 answers, how many times Next rendered the home page
 * (the server's LOG_FILLS lines: a MISS is a render) and how many of those were in flight at once, and whether the
 * served home page shows the new story afterwards.
 * Usage: NEXT_DIST_DIR=.next-bench1 npx next build && NEXT_DIST_DIR=.next-bench1 npx tsx scripts/bench/spike.ts
 *   [--connections 200] [--seconds 30] [--port 3520]
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchArticleDraft } from "./benchDraft";
import { type Fill, maxInFlight, parseFillLine } from "./fillLog";
import { load } from "./load";
import { newsroomSession } from "./newsroomClient";
import { startPortal } from "./portalServer";

const { values } = parseArgs({
  options: { connections: { type: "string", default: "200" }, seconds: { type: "string", default: "30" }, port: { type: "string", default: "3520" } },
});
const editor = { email: "spike-editor@example.com", password: "spike-pass-12345" };
const browserHeaders = { "accept-encoding": "gzip, deflate, br", "user-agent": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36" };

const fills: Fill[] = [];
function recordLine(line: string): void {
  const fill = parseFillLine(line, Date.now());
  if (fill) fills.push(fill);
}

const count = (items: Fill[], nextCache: string) => items.filter((fill) => fill.nextCache === nextCache).length;

const portal = await startPortal(Number(values.port), { ADMIN_EMAIL: editor.email, ADMIN_PASSWORD: editor.password, LOG_FILLS: "1" }, { onLine: recordLine });
try {
  console.log(`${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} at start`);
  const home = `${portal.origin}/`;
  // Readers were already reading: the home page is in every cache before the story goes out.
  await load(home, { connections: 20, seconds: 3, headers: browserHeaders });

  const newsroom = await newsroomSession(portal.origin, editor, path.resolve(process.env.NEXT_DIST_DIR ?? ".next"));
  const sectionId = 1;
  const articleId = await newsroom.createArticle(sectionId);
  await newsroom.openEditor(articleId);
  const draft = { ...benchArticleDraft(Date.now(), sectionId), headline: `बाढ़ की चेतावनी: नदियों का जलस्तर बढ़ा — ब्रेकिंग ${Date.now()}` };
  const saved = await newsroom.saveArticle(articleId, 1, draft);
  if (!saved.ok) throw new Error(`saving the story failed: ${saved.error}`);
  const publishStarted = Date.now();
  const published = await newsroom.changeStatus(articleId, saved.data.version, "publish");
  if (!published.ok) throw new Error(`publishing the story failed: ${published.error}`);
  const publishMs = Date.now() - publishStarted;

  const spike = await load(home, { connections: Number(values.connections), seconds: Number(values.seconds), headers: browserHeaders });

  const after = await fetch(home, { headers: browserHeaders });
  const html = await after.text();
  const renderedAt = /<body[^>]*data-rendered-at="([^"]+)"/.exec(html)?.[1] ?? "(none)";
  const homeFills = fills.filter((fill) => fill.start >= publishStarted - 1000 && fill.variant === "full" && fill.path === "/");
  const renders = homeFills.filter((fill) => fill.nextCache === "MISS");
  const otherFills = fills.filter((fill) => fill.start >= publishStarted - 1000 && !homeFills.includes(fill));
  const non200 = spike.requests - (spike.statuses["200"] ?? 0);

  console.log(`\npublished article ${articleId} ("${draft.headline}") through the newsroom in ${publishMs} ms; then ${values.connections} connections on / for ${values.seconds} s`);
  console.log(`requests ${spike.requests}, ${spike.requestsPerSecond.toFixed(0)} req/s, p50 ${spike.p50.toFixed(1)} ms, p99 ${spike.p99.toFixed(1)} ms, max ${spike.maxLatency.toFixed(0)} ms`);
  console.log(`errors ${spike.errors}, non-200 answers ${non200} (status codes: ${JSON.stringify(spike.statuses)})`);
  console.log(`home page fetched from Next ${homeFills.length} times since the publish: ${count(homeFills, "MISS")} MISS (rendered), ${count(homeFills, "STALE")} STALE, ${count(homeFills, "HIT")} HIT, ${homeFills.length - count(homeFills, "MISS") - count(homeFills, "STALE") - count(homeFills, "HIT")} other`);
  console.log(`home page renders: ${renders.length} (${renders.map((fill) => `${fill.ms} ms`).join(", ") || "none"}); most in flight at once: ${maxInFlight(renders)}; most fetches of / from Next in flight at once: ${maxInFlight(homeFills)}`);
  if (otherFills.length > 0) console.log(`other fetches from Next in that time: ${otherFills.map((fill) => `${fill.nextCache} ${fill.variant} ${fill.path}`).join(", ")}`);
  console.log(`home page afterwards: status ${after.status}, x-cache ${after.headers.get("x-cache")}, rendered at ${renderedAt} (publish answered at ${new Date(publishStarted + publishMs).toISOString()}), new story ${html.includes(draft.headline) ? "shown" : "NOT shown"}`);
  console.log(`load average ${os.loadavg().map((value) => value.toFixed(2)).join(" ")} at the end`);
} finally {
  await portal.stop();
}
