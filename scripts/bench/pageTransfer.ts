import { gzipSync } from "node:zlib";
import { type Browser, devices, type Request } from "@playwright/test";

export const byteKinds = ["html", "css", "js", "fonts", "images", "other"] as const;
export type ByteKind = (typeof byteKinds)[number];

/** What a first visit to one page loaded: bytes as they came over the wire (compressed as sent), by kind. */
export type PageTransfer = {
  bytes: Record<ByteKind, number>;
  requests: number;
  /** Executable inline scripts in the HTML (not JSON-LD): their gzip size, already inside `bytes.html`. */
  inlineScriptGzip: number;
  /** The text of every script that ran: external files and inline scripts, for looking inside them. */
  scripts: { source: string; text: string }[];
  /** Requests that got no answer, e.g. to other hosts (this machine has no network). */
  failed: string[];
};

/** How long the network must stay idle after the load event before a page counts as loaded. */
const quietMs = 300;
/** A request that never ends stops the wait here; what it would have loaded is then missing from the figures. */
const maxQuietWaitMs = 10_000;

/** A mid-range Android phone, as Lighthouse's mobile preset also assumes. */
export const phone = devices["Pixel 7"];

function kindOf(request: Request): ByteKind {
  switch (request.resourceType()) {
    case "document":
      return "html";
    case "stylesheet":
      return "css";
    case "script":
      return "js";
    case "font":
      return "fonts";
    case "image":
      return "images";
    default:
      return "other";
  }
}

const inlineScript = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(inlineScript)]
    .filter((match) => !/\btype="application\/(?:ld\+)?json"/i.test(match[1]!) && match[2]!.trim() !== "")
    .map((match) => match[2]!);
}

/**
 * Loads `origin + path` in a fresh browser context — empty cache and cookies, as a first visit — on a phone-sized
 * screen, waits until the network is quiet after the load event (images below the fold stay unloaded, as they would), and adds up the
 * encoded body size of every response. `saveData` sends `Save-Data: on` with every request, as Chrome's data saver does.
 */
export async function measurePage(browser: Browser, origin: string, path: string, { saveData }: { saveData: boolean }): Promise<PageTransfer> {
  const context = await browser.newContext({ ...phone, extraHTTPHeaders: saveData ? { "Save-Data": "on" } : {} });
  const page = await context.newPage();
  const bytes = Object.fromEntries(byteKinds.map((kind) => [kind, 0])) as Record<ByteKind, number>;
  const scripts: PageTransfer["scripts"] = [];
  const failed: string[] = [];
  let inlineScriptGzip = 0;
  let requests = 0;
  let inFlight = 0;
  let lastSettled = Date.now();
  const pending: Promise<void>[] = [];
  const settled = () => {
    inFlight -= 1;
    lastSettled = Date.now();
  };

  page.on("request", () => (inFlight += 1));
  page.on("requestfailed", (request) => {
    settled();
    failed.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`);
  });
  page.on("requestfinished", (request) => {
    settled();
    if (request.url().startsWith("data:")) return;
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        const kind = kindOf(request);
        requests += 1;
        bytes[kind] += sizes.responseBodySize;
        if (!response || (kind !== "js" && kind !== "html")) return;
        const text = await response.text();
        if (kind === "js") scripts.push({ source: request.url(), text });
        else if (request.frame() === page.mainFrame()) {
          const inline = inlineScripts(text);
          inlineScriptGzip += inline.length > 0 ? gzipSync(inline.join("\n")).length : 0;
          scripts.push(...inline.map((script, index) => ({ source: `inline script ${index + 1}`, text: script })));
        }
      })(),
    );
  });

  try {
    const response = await page.goto(origin + path, { waitUntil: "load", timeout: 60_000 });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    // Quiet for a moment after the load event: late requests (lazy images near the fold, fonts) are counted too.
    const deadline = Date.now() + maxQuietWaitMs;
    while ((inFlight > 0 || Date.now() - lastSettled < quietMs) && Date.now() < deadline) await page.waitForTimeout(25);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return { bytes, requests, inlineScriptGzip, scripts, failed };
}
