/**
 * Page weight of a first visit, per reader page type, in Chromium on a phone screen (Pixel 7): the bytes of HTML,
 * CSS, JavaScript, fonts, images and the rest as sent over the wire (gzip or brotli, whichever the server chose),
 * for the full page and for lite mode (Save-Data: on). Then the budgets of issue 6:
 *   - at most 60 KB of compressed JavaScript on home, section and article pages (files plus inline scripts);
 *   - no client-side message catalogue (next-intl) in the JavaScript of any reader page, none of which has an
 *     interactive island — found by looking inside every script the page ran (scripts/bench/messageBundles.ts);
 *   - lite mode: no JavaScript at all and no web fonts.
 * Exits 1 when a budget is exceeded, naming it. Without --origin it starts the production build on a fresh demo
 * database (scripts/bench/portalServer.ts), so CI can run it after `next build`; `--json FILE` writes the checks.
 * Usage: npx next build && npx tsx scripts/bench/page-weight.ts [--origin http://127.0.0.1:3000] [--port P] [--query WORD] [--json FILE]
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { findChromium } from "../findChromium";
import { bundleThreshold, messagesIn, readMessageEntries } from "./messageBundles";
import { byteKinds, measurePage, type PageTransfer } from "./pageTransfer";
import { defaultSearchQuery, findReaderPages, type ReaderPage } from "./readerPages";
import { freePort, startPortal } from "./portalServer";

const { values } = parseArgs({
  options: {
    origin: { type: "string" },
    port: { type: "string" },
    query: { type: "string", default: defaultSearchQuery },
    json: { type: "string" },
  },
});

const jsBudgetBytes = 60 * 1024;
const jsBudgetPages = new Set(["home", "section", "article with hero", "article without hero"]);

type Check = { name: string; ok: boolean; detail: string };
type Mode = "full" | "lite";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);


function printTable(mode: Mode, rows: { page: ReaderPage; transfer: PageTransfer }[]): void {
  const header = ["page type".padEnd(21), ...byteKinds.map((kind) => kind.padStart(7)), "total".padStart(8), "inline JS".padStart(10), "requests".padStart(9)];
  console.log(`\n${mode === "full" ? "first visit" : "first visit, lite mode (Save-Data: on)"} — KB as sent (gzip/br)`);
  console.log(header.join(" "));
  for (const { page, transfer } of rows) {
    const total = byteKinds.reduce((sum, kind) => sum + transfer.bytes[kind], 0);
    console.log(
      [
        page.type.padEnd(21),
        ...byteKinds.map((kind) => kb(transfer.bytes[kind]).padStart(7)),
        kb(total).padStart(8),
        kb(transfer.inlineScriptGzip).padStart(10),
        String(transfer.requests).padStart(9),
      ].join(" "),
    );
  }
  for (const { page, transfer } of rows) {
    if (transfer.failed.length > 0) console.log(`  ${page.type}: no answer for ${transfer.failed.join(", ")}`);
  }
}

function checksFor(mode: Mode, page: ReaderPage, transfer: PageTransfer, messages: ReturnType<typeof readMessageEntries>): Check[] {
  const checks: Check[] = [];
  const externalJs = transfer.scripts.filter((script) => !script.source.startsWith("inline")).length;
  if (mode === "full") {
    if (jsBudgetPages.has(page.type)) {
      const js = transfer.bytes.js + transfer.inlineScriptGzip;
      checks.push({
        name: `${page.type}: JavaScript ≤ ${kb(jsBudgetBytes)} KB compressed`,
        ok: js <= jsBudgetBytes,
        detail: `${kb(js)} KB (${externalJs} files ${kb(transfer.bytes.js)} KB + inline ${kb(transfer.inlineScriptGzip)} KB)`,
      });
    }
    const bundles = transfer.scripts
      .map((script) => ({ source: script.source, found: messagesIn(script.text, messages) }))
      .filter(({ found }) => found.length >= bundleThreshold);
    checks.push({
      name: `${page.type}: no client-side message bundle`,
      ok: bundles.length === 0,
      detail:
        bundles.length === 0
          ? `${transfer.scripts.length} scripts looked into`
          : bundles.map(({ source, found }) => `${source} carries ${found.length} messages (e.g. ${found.slice(0, 3).map((m) => m.key).join(", ")})`).join("; "),
    });
  } else {
    checks.push({
      name: `${page.type}, lite: no JavaScript`,
      ok: transfer.scripts.length === 0,
      detail: `${externalJs} files, ${transfer.scripts.length - externalJs} inline scripts, ${kb(transfer.bytes.js)} KB`,
    });
    checks.push({ name: `${page.type}, lite: no web fonts`, ok: transfer.bytes.fonts === 0, detail: `${kb(transfer.bytes.fonts)} KB of fonts` });
  }
  return checks;
}

async function measureAll(origin: string): Promise<Check[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium: install Debian's chromium or set CHROME_PATH.");
  const pages = await findReaderPages(origin, values.query);
  const messages = readMessageEntries();
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const checks: Check[] = [];
  try {
    console.log(`${origin}, Chromium as a Pixel 7 (412×839), fresh context per page`);
    for (const page of pages) console.log(`  ${page.type.padEnd(21)} ${page.path}`);
    for (const mode of ["full", "lite"] as const) {
      const rows: { page: ReaderPage; transfer: PageTransfer }[] = [];
      for (const page of pages) {
        const transfer = await measurePage(browser, origin, page.path, { saveData: mode === "lite" });
        rows.push({ page, transfer });
        checks.push(...checksFor(mode, page, transfer, messages));
      }
      printTable(mode, rows);
    }
  } finally {
    await browser.close();
  }
  return checks;
}

const portal = values.origin ? null : await startPortal(values.port ? Number(values.port) : await freePort());
let checks: Check[];
try {
  checks = await measureAll(values.origin ?? portal!.origin);
} finally {
  await portal?.stop();
}

console.log("\nbudgets (issue 6)");
for (const check of checks) console.log(`  ${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}`);
const failed = checks.filter((check) => !check.ok);
if (values.json) fs.writeFileSync(values.json, JSON.stringify({ checks }, null, 2));
console.log(failed.length === 0 ? `\nall ${checks.length} budgets met` : `\n${failed.length} of ${checks.length} budgets exceeded: ${failed.map((check) => check.name).join("; ")}`);
process.exit(failed.length === 0 ? 0 : 1);
