import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { woffToSfnt } from "./woffToSfnt";

/** The family name inside the font files, which Pango font descriptions select by. */
export const cardFontFamily = "Noto Sans Devanagari";

const fontsourceDir = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-devanagari/files");
// The web font comes in subsets by script; a headline can mix Devanagari with Latin digits, quotes and names.
const subsets = ["devanagari-400", "devanagari-700", "latin-400", "latin-700"] as const;

let prepared: Promise<string[]> | undefined;

/**
 * Font files the card renderer hands to Pango, as TrueType unpacked from @fontsource's WOFF files (sharp's own
 * FreeType reads no WOFF, and the machine has no Devanagari font). They go to a folder named after the bytes of
 * the web fonts, so every process and every test database shares one copy, and an upgraded font gets a new folder.
 */
async function writeFontFiles(): Promise<string[]> {
  const sources = await Promise.all(subsets.map((subset) => fs.readFile(path.join(fontsourceDir, `noto-sans-devanagari-${subset}-normal.woff`))));
  const digest = createHash("sha256");
  sources.forEach((source) => digest.update(source));
  const dir = path.join(os.tmpdir(), `social-card-fonts-${digest.digest("hex").slice(0, 16)}`);
  await fs.mkdir(dir, { recursive: true });
  return Promise.all(
    subsets.map(async (subset, index) => {
      const target = path.join(dir, `NotoSansDevanagari-${subset}.ttf`);
      const exists = await fs.access(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        const partial = `${target}.${process.pid}.${Date.now()}.partial`;
        await fs.writeFile(partial, woffToSfnt(sources[index]!));
        await fs.rename(partial, target);
      }
      return target;
    }),
  );
}

/**
 * Makes the card fonts known to fontconfig. libvips adds a `fontfile` to the process-wide font set once and keeps
 * it, so one tiny render per file registers all four; afterwards Pango picks the subset that holds each letter.
 * The files are checked on every call: fontconfig keeps only their paths, and a cleaner may empty the temp folder
 * under a long-running server.
 */
export async function ensureCardFonts(): Promise<void> {
  prepared ??= writeFontFiles().then(async (files) => {
    for (const fontfile of files) await sharp({ text: { text: ".", fontfile, font: `${cardFontFamily} 8` } }).raw().toBuffer();
    return files;
  });
  const files = await prepared;
  const missing = await Promise.all(files.map((file) => fs.access(file).then(() => false, () => true)));
  if (missing.some(Boolean)) await writeFontFiles();
}
