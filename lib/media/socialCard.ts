import sharp from "sharp";
import type { Locale } from "@/i18n/routing";
import { normalizeLine } from "@/lib/hindi/normalize";
import { site } from "@/lib/site";
import { socialImageSize } from "@/lib/seo/socialImages";
import { cardFontFamily, ensureCardFonts } from "./cardFonts";

export const brandColour = "#8a1c1c";
const paper = "#fffaf5";
const ink = "#1b1b1b";

const { width, height } = socialImageSize;
const margin = 64;
const bandHeight = 112;
const footHeight = 12;
const headlineWidth = width - 2 * margin;

/** Larger type while the headline fits in few lines; a long one gets smaller type, then an ellipsis. */
const headlineSizes = [
  { pixels: 68, maxLines: 3 },
  { pixels: 58, maxLines: 4 },
] as const;

type TextImage = { png: Buffer; width: number; height: number };

function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Sets text with Pango, which shapes Devanagari through HarfBuzz: conjuncts, reph, the ि before its consonant.
 * The image is cropped to the ink, so callers place it by its ink box.
 */
async function setText(text: string, options: { pixels: number; bold: boolean; colour: string; wrapWidth?: number }): Promise<TextImage> {
  const weight = options.bold ? " Bold" : "";
  const markup = `<span foreground="${options.colour}">${escapeMarkup(text)}</span>`;
  const { data, info } = await sharp({
    text: {
      text: markup,
      font: `${cardFontFamily}${weight} ${options.pixels}`,
      // At 72 dpi a point is a pixel.
      dpi: 72,
      rgba: true,
      ...(options.wrapWidth ? { width: options.wrapWidth, wrap: "word" as const } : {}),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

/**
 * How many lines a wrapped text image holds. The image is cut to the ink, which on one line is always less than
 * the line pitch (matras above, vowel signs below included), so the count is read off the height.
 */
async function lineCounter(pixels: number): Promise<(image: TextImage) => number> {
  const one = await setText("क", { pixels, bold: true, colour: ink });
  const two = await setText("क\nक", { pixels, bold: true, colour: ink });
  const pitch = two.height - one.height;
  return (image) => Math.round((image.height - one.height) / pitch) + 1;
}

/** The headline in the largest size that fits, else cut after the last whole word that fits, with an ellipsis. */
export async function setHeadline(headline: string): Promise<TextImage> {
  await ensureCardFonts();
  const text = normalizeLine(headline);
  for (const { pixels, maxLines } of headlineSizes) {
    const image = await setText(text, { pixels, bold: true, colour: ink, wrapWidth: headlineWidth });
    if ((await lineCounter(pixels))(image) <= maxLines) return image;
  }
  const { pixels, maxLines } = headlineSizes.at(-1)!;
  const lines = await lineCounter(pixels);
  const words = text.split(" ");
  const cut = (count: number) => setText(`${words.slice(0, count).join(" ")}…`, { pixels, bold: true, colour: ink, wrapWidth: headlineWidth });
  // Binary search for the most words that still fit: `fits` is true for `low`, false for `high`.
  let low = 1;
  let high = words.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (lines(await cut(middle)) <= maxLines) low = middle;
    else high = middle;
  }
  return cut(low);
}

function canvas(background: string) {
  return sharp({ create: { width, height, channels: 4, background } });
}

function solid(colour: string, size: { width: number; height: number }) {
  return sharp({ create: { ...size, channels: 4, background: colour } }).png().toBuffer();
}

/** Text images in the brand band sit centred on the band's middle by their ink. */
function inBand(image: TextImage, left: number) {
  return { input: image.png, left, top: Math.round((bandHeight - image.height) / 2) };
}

/**
 * The share card of an article without a photo: the site's name and the section in the brand band, the headline
 * below in Devanagari as the page sets it, a thin brand rule at the foot. 1200×630 PNG.
 */
export async function renderArticleCard(card: { headline: string; sectionName: string; locale: Locale }): Promise<Buffer> {
  await ensureCardFonts();
  const [siteName, sectionName, headline] = await Promise.all([
    setText(site.name[card.locale], { pixels: 46, bold: true, colour: "#ffffff" }),
    setText(normalizeLine(card.sectionName), { pixels: 34, bold: false, colour: "#f6e3e3" }),
    setHeadline(card.headline),
  ]);
  const headlineArea = { top: bandHeight, bottom: height - footHeight };
  return canvas(paper)
    .composite([
      { input: await solid(brandColour, { width, height: bandHeight }), left: 0, top: 0 },
      inBand(siteName, margin),
      inBand(sectionName, width - margin - sectionName.width),
      {
        input: headline.png,
        left: margin,
        top: Math.round((headlineArea.top + headlineArea.bottom - headline.height) / 2),
      },
      { input: await solid(brandColour, { width, height: footHeight }), left: 0, top: height - footHeight },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** The card for pages that are not an article: the site's name in both scripts on the brand colour. */
export async function renderSiteCard(locale: Locale): Promise<Buffer> {
  await ensureCardFonts();
  const other: Locale = locale === "hi" ? "en" : "hi";
  const [name, otherName] = await Promise.all([
    setText(site.name[locale], { pixels: 128, bold: true, colour: "#ffffff" }),
    setText(site.name[other], { pixels: 48, bold: false, colour: "#f6e3e3" }),
  ]);
  const gap = 40;
  const top = Math.round((height - name.height - gap - otherName.height) / 2);
  return canvas(brandColour)
    .composite([
      { input: name.png, left: Math.round((width - name.width) / 2), top },
      { input: otherName.png, left: Math.round((width - otherName.width) / 2), top: top + name.height + gap },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
