/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO), median of 3 runs per page.
 * Usage: npx next build && npx tsx scripts/bench/lighthouse.ts
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "../findChromium";
import { seedArticlePath, startPortal } from "./portalServer";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const runs = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function lighthouse(url: string, chrome: string): Record<(typeof categories)[number], number> {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lh-")), "report.json");
  const result = spawnSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${categories.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}`);
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as { categories: Record<string, { score: number }> };
  return Object.fromEntries(categories.map((c) => [c, Math.round(report.categories[c]!.score * 100)])) as Record<(typeof categories)[number], number>;
}

const chrome = findChromium();
if (!chrome) throw new Error("No Chromium: install Debian's chromium or set CHROME_PATH.");
const portal = await startPortal();
try {
  const pages = { home: "/", section: "/desh", article: await seedArticlePath(portal.origin), search: "/search?q=%E0%A4%AC%E0%A4%BE%E0%A4%B0%E0%A4%BF%E0%A4%B6" };
  console.log(`Lighthouse mobile, median of ${runs} runs: ${categories.join(" / ")}`);
  for (const [name, pagePath] of Object.entries(pages)) {
    const scores = Array.from({ length: runs }, () => lighthouse(portal.origin + pagePath, chrome));
    console.log(`${name.padEnd(8)} ${categories.map((c) => median(scores.map((s) => s[c]))).join(" / ")}`);
  }
} finally {
  await portal.stop();
}
