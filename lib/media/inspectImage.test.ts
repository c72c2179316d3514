import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRejectedError, inspectImage, sniffImageType } from "./inspectImage";
import { maxImageBytes } from "./limits";
import { pngChunk } from "./stripMetadata";

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#a33" } });
}

async function rejection(bytes: Buffer): Promise<string> {
  const error = await inspectImage(bytes).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return (error as ImageRejectedError).reason;
}

describe("which uploads the media library accepts", () => {
  it("accepts a JPEG, a PNG, a WebP and an AVIF photo and reads their size from the pixels", async () => {
    const samples = [
      [await photo(120, 80).jpeg().toBuffer(), "jpeg", "image/jpeg"],
      [await photo(64, 48).png().toBuffer(), "png", "image/png"],
      [await photo(30, 20).webp().toBuffer(), "webp", "image/webp"],
      [await photo(40, 24).avif().toBuffer(), "avif", "image/avif"],
    ] as const;
    const sizes = [
      [120, 80],
      [64, 48],
      [30, 20],
      [40, 24],
    ];
    for (const [index, [bytes, type, mimeType]] of samples.entries()) {
      const image = await inspectImage(bytes);
      expect(image).toMatchObject({ type, mimeType, width: sizes[index]![0], height: sizes[index]![1] });
    }
  });

  it("records a phone photo turned by its EXIF orientation as readers will see it, upright", async () => {
    const sideways = await photo(400, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await inspectImage(sideways)).toMatchObject({ width: 300, height: 400 });
  });

  it("refuses a text file renamed to .jpg, whatever its name says", async () => {
    expect(await rejection(Buffer.from("यह तस्वीर नहीं, एक समाचार का पाठ है।\n", "utf8"))).toBe("unsupportedType");
  });

  it("refuses a GIF or an SVG, which are not among the accepted types", async () => {
    expect(await rejection(await photo(10, 10).gif().toBuffer())).toBe("unsupportedType");
    expect(await rejection(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBe("unsupportedType");
  });

  it("refuses a PNG signature followed by garbage as unreadable", async () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await rejection(Buffer.concat([signature, Buffer.alloc(4000, 0x5a)]))).toBe("unreadable");
  });

  it("refuses a JPEG cut off in the middle rather than publishing half a photo", async () => {
    const whole = await photo(300, 200).jpeg().toBuffer();
    expect(await rejection(whole.subarray(0, Math.floor(whole.length / 2)))).toBe("unreadable");
  });

  it("refuses a file just over 15 MB without decoding it", async () => {
    const oversized = Buffer.alloc(maxImageBytes + 1);
    oversized.set([0xff, 0xd8, 0xff], 0);
    expect(await rejection(oversized)).toBe("tooLarge");
  });

  it("refuses a decompression bomb: a small PNG that declares 100 megapixels", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#fff" }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(maxImageBytes / 10);
    expect(await rejection(bomb)).toBe("tooManyPixels");
  });

  it("refuses an animation whose frames together exceed the pixel limit, though each frame is within it", async () => {
    expect(await rejection(animatedWebp({ canvas: 4_000, frames: 4 }))).toBe("tooManyPixels");
    expect(await inspectImage(animatedWebp({ canvas: 16, frames: 4 }))).toMatchObject({ type: "webp", width: 16, height: 16 });
  });

  it("counts the frames an animated PNG declares, which the decoder itself never looks at", async () => {
    const still = await photo(300, 300).png().toBuffer();
    expect(await inspectImage(still)).toMatchObject({ type: "png" });
    expect(await rejection(withAnimationControl(still, 1_000))).toBe("tooManyPixels");
  });

  it("refuses an SVG or an HTML page even when it starts like a photo's name says", async () => {
    expect(await rejection(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBe("unsupportedType");
    expect(await rejection(Buffer.from("<!doctype html><script>alert(1)</script>"))).toBe("unsupportedType");
    // The JPEG magic number in front of HTML: the decoder finds no image in it.
    expect(await rejection(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html><script>alert(1)</script>")]))).toBe("unreadable");
  });
});

/** A RIFF chunk: four-letter type, little-endian size, data padded to an even length. */
function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, "latin1");
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

function uint24(value: number): Buffer {
  const bytes = Buffer.alloc(3);
  bytes.writeUIntLE(value, 0, 3);
  return bytes;
}

/** An animated WebP of `frames` 16×16 frames on a `canvas`×`canvas` canvas, assembled by hand (sharp writes one frame). */
function animatedWebp({ canvas, frames }: { canvas: number; frames: number }): Buffer {
  // A 16×16 lossless frame, as sharp would write it, is the payload of every ANMF chunk.
  const frame = riffChunk("VP8L", Buffer.from("2f0fc003000710fd8ffe0722a2ff01", "hex"));
  const vp8x = Buffer.concat([Buffer.from([0x02, 0, 0, 0]), uint24(canvas - 1), uint24(canvas - 1)]);
  const anmf = () => riffChunk("ANMF", Buffer.concat([uint24(0), uint24(0), uint24(15), uint24(15), uint24(100), Buffer.from([0]), frame]));
  const body = Buffer.concat([Buffer.from("WEBP"), riffChunk("VP8X", vp8x), riffChunk("ANIM", Buffer.alloc(6)), ...Array.from({ length: frames }, anmf)]);
  const head = Buffer.alloc(8);
  head.write("RIFF", 0, "latin1");
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}

/** The PNG with an acTL chunk (animation control: `frames` frames) before its image data. */
function withAnimationControl(png: Buffer, frames: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeUInt32BE(frames, 0);
  const chunk = pngChunk("acTL", data);
  const headerEnd = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, headerEnd), chunk, png.subarray(headerEnd)]);
}

describe("telling the type from the first bytes", () => {
  it("knows the four magic numbers and nothing else", () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffImageType(Buffer.from("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "latin1"))).toBe("webp");
    expect(sniffImageType(Buffer.from("\u0000\u0000\u0000\u0018ftypavif\u0000\u0000\u0000\u0000mif1", "latin1"))).toBe("avif");
    expect(sniffImageType(Buffer.from("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1", "latin1"))).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a", "latin1"))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});
