import fs from "node:fs";
import { createRequire } from "node:module";

/** The Chromium the browser tests drive: CHROME_PATH, then Debian's, then one Playwright downloaded earlier. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", playwrightChromium()];
  return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))) ?? null;
}

function playwrightChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core") as typeof import("playwright-core");
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
