import sharp from "sharp";
import { heroCropRatios, type HeroCropRatio, heroCropWidth, socialImageSize } from "@/lib/seo/socialImages";
import { maxImagePixels } from "./limits";
import { brandColour } from "./socialCard";

const jpegOptions = { quality: 80, mozjpeg: true } as const;
const brandRuleHeight = 12;

/**
 * Cuts the photo to the size given, keeping its most interesting part (libvips' attention crop: skin tones,
 * saturation, edges), upright by its EXIF orientation. A smaller original is enlarged: the sizes are what crawlers
 * ask for. EXIF, GPS and other metadata are left out of the result, as sharp does unless asked to keep them.
 */
function cover(original: Buffer, size: { width: number; height: number }) {
  return sharp(original, { limitInputPixels: maxImagePixels }).rotate().resize({ ...size, fit: "cover", position: "attention" });
}

/** A 1200 px wide JPEG of the photo in 16:9, 4:3 or 1:1, for NewsArticle `image`. */
export async function cropHero(original: Buffer, ratio: HeroCropRatio): Promise<Buffer> {
  return cover(original, { width: heroCropWidth, height: heroCropRatios[ratio] }).jpeg(jpegOptions).toBuffer();
}

/** The share card of an article with a photo: the photo at 1200×630 over a thin rule in the brand colour. */
export async function renderHeroCard(original: Buffer): Promise<Buffer> {
  const photo = await cover(original, socialImageSize).toBuffer();
  const rule = await sharp({ create: { width: socialImageSize.width, height: brandRuleHeight, channels: 3, background: brandColour } })
    .png()
    .toBuffer();
  return sharp(photo)
    .composite([{ input: rule, left: 0, top: socialImageSize.height - brandRuleHeight }])
    .jpeg(jpegOptions)
    .toBuffer();
}
