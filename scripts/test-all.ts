/**
 * `npm test`: typecheck, lint, unit tests, production build, page-weight budgets, browser tests, in that order, and
 * one closing line "N passed, N failed" that sums them (typecheck, lint and build count as one check each, every
 * budget of scripts/bench/page-weight.ts as one).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./findChromium";

type Tally = { passed: number; failed: number };

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

const bin = (name: string) => path.resolve("node_modules/.bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));

function check(ok: boolean): Tally {
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function unitTests(): Tally {
  const output = path.join(reports, "vitest.json");
  const ok = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  if (!fs.existsSync(output)) return check(false);
  const report = JSON.parse(fs.readFileSync(output, "utf8")) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1) };
}

function ensureChromium(): string | null {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
    return findChromium();
  }
  console.error("No Chromium found. Install Debian's (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.");
  return null;
}

type PlaywrightStats = { stats: { expected: number; unexpected: number; flaky: number } };

function browserTests(): Tally {
  const chromium = ensureChromium();
  if (!chromium) return check(false);
  const output = path.join(reports, "playwright.json");
  const ok = run(bin("playwright"), ["test"], { CHROME_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  if (!fs.existsSync(output)) return check(false);
  const { stats } = JSON.parse(fs.readFileSync(output, "utf8")) as PlaywrightStats;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1) };
}

type BudgetChecks = { checks: { ok: boolean }[] };

/** Issue 6's page-weight budgets, measured in Chromium against the build just made, on a throw-away demo database. */
function pageWeight(): Tally {
  const chromium = ensureChromium();
  if (!chromium) return check(false);
  const output = path.join(reports, "page-weight.json");
  const ok = run(bin("tsx"), ["scripts/bench/page-weight.ts", "--json", output], { CHROME_PATH: chromium });
  if (!fs.existsSync(output)) return check(false);
  const { checks } = JSON.parse(fs.readFileSync(output, "utf8")) as BudgetChecks;
  const failed = checks.filter((budget) => !budget.ok).length;
  return { passed: checks.length - failed, failed: failed + (ok || failed > 0 ? 0 : 1) };
}

const tallies: [string, Tally][] = [];
tallies.push(["typecheck", check(run(bin("tsc"), ["--noEmit"]))]);
tallies.push(["lint", check(run(bin("eslint"), [".", "--max-warnings=0"]))]);
tallies.push(["unit", unitTests()]);
const built = check(run(bin("next"), ["build"]));
tallies.push(["build", built]);
if (built.failed === 0) {
  tallies.push(["page-weight", pageWeight()]);
  tallies.push(["browser", browserTests()]);
}

console.log("");
for (const [name, tally] of tallies) console.log(`  ${name.padEnd(11)} ${tally.passed} of ${tally.passed + tally.failed} ok`);
const total = tallies.reduce((sum, [, tally]) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed }), { passed: 0, failed: 0 });
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
