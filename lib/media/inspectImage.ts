import sharp from "sharp";
import { maxImageBytes, maxImagePixels } from "./limits";

export const imageRejections = ["tooLarge", "unsupportedType", "tooManyPixels", "unreadable"] as const;
export type ImageRejection = (typeof imageRejections)[number];

export class ImageRejectedError extends Error {
  constructor(readonly reason: ImageRejection) {
    super(`image rejected: ${reason}`);
  }
}

export type ImageType = "jpeg" | "png" | "webp" | "avif";

export const imageTypes: Record<ImageType, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  avif: { mimeType: "image/avif", extension: "avif" },
};

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const avifBrands = new Set(["avif", "avis"]);

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.subarray(start, end).toString("latin1");
}

/** An ISO-BMFF file is AVIF when its `ftyp` box names avif/avis as major or compatible brand. */
function isAvif(bytes: Buffer): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxEnd = Math.min(bytes.readUInt32BE(0), bytes.length);
  if (avifBrands.has(ascii(bytes, 8, 12))) return true;
  // After the major brand and minor version come the compatible brands, four bytes each.
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) {
    if (avifBrands.has(ascii(bytes, offset, offset + 4))) return true;
  }
  return false;
}

/** What the first bytes say the file is; the name and the browser's declared type are never asked. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(pngSignature)) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (isAvif(bytes)) return "avif";
  return null;
}

function sharpType(format: string | undefined, compression: string | undefined): ImageType | null {
  if (format === "jpeg" || format === "png" || format === "webp") return format;
  if (format === "heif" && compression === "av1") return "avif";
  return null;
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

export type InspectedImage = {
  type: ImageType;
  mimeType: string;
  extension: string;
  width: number;
  height: number;
  /** EXIF orientation, 1 when upright or unstated. */
  orientation: number;
  /** Whether EXIF, XMP or IPTC data came with the pixels. */
  carriesMetadata: boolean;
};

/** Frames of an animated PNG, from its acTL chunk (libvips decodes only the first, browsers play them all). */
function pngFrames(bytes: Buffer): number {
  for (let offset = 8; offset + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = ascii(bytes, offset + 4, offset + 8);
    if (type === "acTL" && length >= 8) return bytes.readUInt32BE(offset + 8);
    if (type === "IDAT") return 1;
    offset += 12 + length;
  }
  return 1;
}

/**
 * Decides whether the bytes are an image we publish and what readers will see: the type from the magic number,
 * confirmed by the decoder, and the width and height after EXIF orientation. The whole image is decoded (at
 * thumbnail size) so that a truncated or corrupt file is refused here rather than broken on the site; the pixel
 * limit is checked from the header first (times the frames of an animation), and the decoder enforces it again, so
 * a decompression bomb is never expanded.
 */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length > maxImageBytes) throw new ImageRejectedError("tooLarge");
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw new ImageRejectedError("unsupportedType");
  return oneDecodeAtATime(() => decode(bytes, sniffed));
}

// A 50-megapixel PNG or WebP is decoded whole before it is scaled down: up to 200 MB. Uploads are rare, so they take
// turns, and a few editors uploading at once cannot multiply that.
let decoding: Promise<unknown> = Promise.resolve();
function oneDecodeAtATime<T>(task: () => Promise<T>): Promise<T> {
  const turn = decoding.then(task, task);
  decoding = turn.catch(() => undefined);
  return turn;
}

async function decode(bytes: Buffer, sniffed: ImageType): Promise<InspectedImage> {
  const options = { limitInputPixels: maxImagePixels, failOn: "error" } as const;
  try {
    const metadata = await sharp(bytes, options).metadata();
    if (sharpType(metadata.format, metadata.compression) !== sniffed) throw new ImageRejectedError("unsupportedType");
    const { width, height } = metadata.autoOrient;
    if (!width || !height) throw new ImageRejectedError("unreadable");
    // Every frame of an animation is decoded by the reader's browser: the limit is on all of them together.
    const frames = Math.max(metadata.pages ?? 1, sniffed === "png" ? pngFrames(bytes) : 1);
    if (width * height * frames > maxImagePixels) throw new ImageRejectedError("tooManyPixels");
    await sharp(bytes, options).resize(64, 64, { fit: "inside" }).raw().toBuffer();
    const carriesMetadata = Boolean(metadata.exif || metadata.xmp || metadata.iptc || metadata.comments?.length);
    return { type: sniffed, ...imageTypes[sniffed], width, height, orientation: metadata.orientation ?? 1, carriesMetadata };
  } catch (error) {
    if (error instanceof ImageRejectedError) throw error;
    throw new ImageRejectedError(isPixelLimitError(error) ? "tooManyPixels" : "unreadable");
  }
}
