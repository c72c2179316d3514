import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { inspectImage } from "./inspectImage";
import { stripJpegMetadata, stripPngMetadata, stripWebpMetadata } from "./stripMetadata";

const gps = { IFD3: { GPSLatitudeRef: "N", GPSLatitude: "28/1 36/1 50/1", GPSLongitudeRef: "E", GPSLongitude: "77/1 12/1 30/1" } };
const camera = { IFD0: { Make: "CameraCo", Model: "Reporter 5", Copyright: "Photographer" } };

function photo(width = 120, height = 80) {
  return sharp({ create: { width, height, channels: 3, background: "#357" } });
}

async function decodedPixels(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes).rotate().raw().toBuffer();
}

describe("what a stored original no longer says about where it was taken", () => {
  it("a JPEG loses its GPS position, camera and comments, keeps its pixels and stays upright", async () => {
    const original = await photo().jpeg().withMetadata({ orientation: 6 }).withExifMerge({ ...gps, ...camera }).toBuffer();
    expect((await sharp(original).metadata()).exif?.toString("latin1")).toContain("CameraCo");
    const stripped = stripJpegMetadata(original, 6);
    const metadata = await sharp(stripped).metadata();
    expect(metadata.orientation).toBe(6);
    expect(stripped.toString("latin1")).not.toContain("CameraCo");
    expect(metadata.exif!.length).toBeLessThan(40);
    expect(await decodedPixels(stripped)).toEqual(await decodedPixels(original));
    expect(await inspectImage(stripped)).toMatchObject({ width: 80, height: 120, orientation: 6, carriesMetadata: true });
  });

  it("a JPEG with a file glued on after its end loses the glued-on part", async () => {
    const image = await photo().jpeg().toBuffer();
    const polyglot = Buffer.concat([image, Buffer.from("<html><script>alert(1)</script></html>")]);
    expect(stripJpegMetadata(polyglot, 1).equals(image)).toBe(true);
  });

  it("a JPEG without metadata comes out byte for byte as it went in", async () => {
    const plain = await photo().jpeg({ progressive: true }).toBuffer();
    expect(stripJpegMetadata(plain, 1).equals(plain)).toBe(true);
  });

  it("a PNG loses its EXIF and text chunks and anything after its end", async () => {
    const original = await photo().png().withExifMerge({ ...gps, ...camera }).toBuffer();
    const stripped = stripPngMetadata(Buffer.concat([original, Buffer.from("trailing")]), 1);
    expect(stripped.toString("latin1")).not.toContain("CameraCo");
    expect(stripped.toString("latin1").endsWith("IEND\xaeB`\x82")).toBe(true);
    expect((await sharp(stripped).metadata()).exif).toBeUndefined();
    expect(await decodedPixels(stripped)).toEqual(await decodedPixels(original));
  });

  it("a WebP loses its EXIF and XMP chunks and keeps the orientation", async () => {
    const original = await photo().webp({ lossless: true }).withMetadata({ orientation: 8 }).withExifMerge({ ...gps, ...camera }).toBuffer();
    const stripped = stripWebpMetadata(original, 8);
    expect(stripped.toString("latin1")).not.toContain("CameraCo");
    const metadata = await sharp(stripped).metadata();
    expect(metadata.orientation).toBe(8);
    expect(await decodedPixels(stripped)).toEqual(await decodedPixels(original));
    expect(await inspectImage(stripped)).toMatchObject({ width: 80, height: 120 });
  });
});
