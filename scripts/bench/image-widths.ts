/**
 * Do the images' `sizes` match the layout? For each reader page type at phone, tablet and desktop widths, Chromium
 * scrolls through the page so every lazy image loads, then compares the width the browser chose from `srcset` (the
 * `w` of `currentSrc`) with the pixels it needs (rendered width × DPR). Also checks what every page must have: at
 * most one image fetched with high priority and preloaded, width and height on every image, lazy loading on every
 * other one, and a `data-lite-src` for lite mode (ADR 0011).
 * Exits 1 on a missing attribute, or a choice under 0.8 or over 1.5 times the need (candidate widths are up to 30%
 * apart, so 1.3 can be the best there is).
 * Usage: npx next build && npx tsx scripts/bench/image-widths.ts [--origin http://127.0.0.1:3000] [--port P]
 */
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { findChromium } from "../findChromium";
import { findReaderPages } from "./readerPages";
import { startPortal } from "./portalServer";

const { values } = parseArgs({ options: { origin: { type: "string" }, port: { type: "string" } } });

const viewports = [
  { name: "360 @3", width: 360, height: 740, dpr: 3, mobile: true },
  { name: "412 @2.625", width: 412, height: 915, dpr: 2.625, mobile: true },
  { name: "412 @1.75 (Lighthouse)", width: 412, height: 823, dpr: 1.75, mobile: true },
  { name: "768 @2", width: 768, height: 1024, dpr: 2, mobile: false },
  { name: "1280 @1", width: 1280, height: 800, dpr: 1, mobile: false },
];
const acceptable = { min: 0.8, max: 1.5 };

type ImageReport = { slot: string; rendered: number; chosen: number; loading: string | null; highPriority: boolean; sized: boolean; lite: boolean };

async function inspect(origin: string): Promise<string[]> {
  const pages = await findReaderPages(origin);
  const problems: string[] = [];
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (const viewport of viewports) {
      console.log(`\n${viewport.name}`);
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.dpr,
        isMobile: viewport.mobile,
        hasTouch: viewport.mobile,
      });
      for (const { type, path } of pages) {
        const page = await context.newPage();
        await page.goto(origin + path, { waitUntil: "load" });
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        });
        await page.waitForLoadState("networkidle");
        const { preloads, images } = await page.evaluate(() => ({
          preloads: document.querySelectorAll('link[rel="preload"][as="image"][fetchpriority="high"]').length,
          images: [...document.images].map(
            (image): ImageReport => ({
              slot: image.closest(".card")?.className.replace("card ", "") ?? image.closest("figure")?.className ?? "other",
              rendered: image.getBoundingClientRect().width,
              chosen: image.currentSrc ? Number(new URL(image.currentSrc).searchParams.get("w")) : 0,
              loading: image.getAttribute("loading"),
              highPriority: image.getAttribute("fetchpriority") === "high",
              sized: image.hasAttribute("width") && image.hasAttribute("height"),
              lite: image.hasAttribute("data-lite-src"),
            }),
          ),
        }));
        await page.close();
        const highPriority = images.filter((image) => image.highPriority).length;
        if (highPriority > 1 || preloads > 1 || preloads !== highPriority) problems.push(`${viewport.name} ${type}: ${highPriority} high-priority images, ${preloads} preloads`);
        const shown = images.filter((image) => image.rendered > 0);
        console.log(`  ${type.padEnd(21)} ${shown.length === 0 ? "no image" : `${preloads ? "LCP image preloaded" : "no preload"}`}`);
        for (const image of shown) {
          const need = image.rendered * viewport.dpr;
          const ratio = image.chosen / need;
          const fits = ratio >= acceptable.min && ratio <= acceptable.max;
          const missing = [!image.sized && "width/height", !image.lite && "data-lite-src", !image.highPriority && image.loading !== "lazy" && "loading=lazy"].filter(Boolean);
          console.log(
            `    ${fits && missing.length === 0 ? " " : "!"} ${image.slot.padEnd(14)} ${image.highPriority ? "high" : image.loading?.padEnd(4)}  shown ${image.rendered.toFixed(0).padStart(4)} px, needs ${need.toFixed(0).padStart(4)}, fetched ${String(image.chosen).padStart(4)} (×${ratio.toFixed(2)})${missing.length ? `  missing ${missing.join(", ")}` : ""}`,
          );
          if (!fits) problems.push(`${viewport.name} ${type} ${image.slot}: fetched ${image.chosen} px for ${need.toFixed(0)}`);
          if (missing.length) problems.push(`${viewport.name} ${type} ${image.slot}: missing ${missing.join(", ")}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return problems;
}

const portal = values.origin ? null : await startPortal(values.port ? Number(values.port) : undefined);
let problems: string[];
try {
  problems = await inspect(values.origin ?? portal!.origin);
} finally {
  await portal?.stop();
}
console.log(problems.length === 0 ? "\nevery image fits its slot" : `\n${problems.length} problems:\n  ${problems.join("\n  ")}`);
process.exit(problems.length === 0 ? 0 : 1);
