import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { heroCropRatios } from "@/lib/seo/socialImages";
import { cropHero, renderHeroCard } from "./heroCrop";

/** A landscape phone photo stored sideways, with its EXIF (orientation, camera, GPS-like comment). */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: "#36a" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: "PhoneMaker", Model: "X1", ImageDescription: "26.8467 N, 80.9462 E" } })
    .toBuffer();
}

describe("cropping a hero photo for crawlers", () => {
  it("cuts 1200 px wide JPEGs in 16:9, 4:3 and 1:1", async () => {
    const photo = await phonePhoto();
    for (const [ratio, height] of Object.entries(heroCropRatios)) {
      const metadata = await sharp(await cropHero(photo, ratio as keyof typeof heroCropRatios)).metadata();
      expect(metadata, ratio).toMatchObject({ format: "jpeg", width: 1200, height });
    }
  });

  it("leaves out the camera's EXIF and orientation", async () => {
    expect((await sharp(await phonePhoto()).metadata()).exif).toBeDefined();
    const metadata = await sharp(await cropHero(await phonePhoto(), "16x9")).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it("enlarges a small photo to the full width", async () => {
    const small = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#963" } }).png().toBuffer();
    expect(await sharp(await cropHero(small, "1x1")).metadata()).toMatchObject({ width: 1200, height: 1200 });
  });

  it("makes a 1200×630 JPEG share card with a brand-coloured rule at its foot", async () => {
    const card = await renderHeroCard(await phonePhoto());
    expect(await sharp(card).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    const { data } = await sharp(card).extract({ left: 600, top: 625, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    // #8a1c1c, give or take JPEG.
    expect(Math.abs(data[0]! - 0x8a)).toBeLessThan(12);
    expect(Math.abs(data[1]! - 0x1c)).toBeLessThan(12);
  });
});
