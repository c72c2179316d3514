import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/db/paths";
import sharp from "sharp";
import { ImageRejectedError, type InspectedImage, inspectImage } from "./inspectImage";
import { maxImagePixels } from "./limits";
import { contentHash, isStoredMediaName } from "./storedName";
import { stripMetadata } from "./stripMetadata";

export type StoredImage = { fileHash: string; fileName: string; mimeType: string; width: number; height: number; bytes: number };

/**
 * The original as readers may have it: without EXIF, XMP, IPTC, comments or trailing data (lib/media/stripMetadata),
 * checked again so that a slip in the stripping can never publish a broken file. An AVIF that carries metadata is
 * re-encoded, turned upright, since its metadata cannot be cut out losslessly.
 */
async function withoutMetadata(bytes: Buffer, inspected: InspectedImage): Promise<Buffer> {
  const stripped =
    stripMetadata(inspected.type, bytes, inspected.orientation) ??
    (inspected.carriesMetadata ? await sharp(bytes, { limitInputPixels: maxImagePixels }).rotate().keepIccProfile().avif({ quality: 70 }).toBuffer() : bytes);
  if (stripped.equals(bytes)) return bytes;
  const again = await inspectImage(stripped);
  if (again.width !== inspected.width || again.height !== inspected.height) throw new ImageRejectedError("unreadable");
  return stripped;
}

/**
 * Checks the bytes (lib/media/inspectImage), removes what they say about where and by whom the photo was taken, and
 * writes them once under their SHA-256 name. Nothing the uploader chose, such as the file name, reaches the disk.
 * Width and height are as readers see the image, after EXIF orientation, which browsers and next/image both apply to
 * the original (the orientation is the one EXIF tag kept).
 */
export async function storeImage(uploaded: Buffer): Promise<StoredImage> {
  const inspected = await inspectImage(uploaded);
  const bytes = await withoutMetadata(uploaded, inspected);
  const { mimeType, extension, width, height } = inspected;
  const fileHash = contentHash(bytes);
  const fileName = `${fileHash}.${extension}`;
  await fs.mkdir(mediaDir(), { recursive: true });
  const target = path.join(/*turbopackIgnore: true*/ mediaDir(), fileName);
  // Write beside it, then rename: a crash never leaves half a file under a content hash.
  const partial = `${target}.${randomUUID()}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, target);
  return { fileHash, fileName, mimeType, width, height, bytes: bytes.length };
}

/** Removes a stored original once no media row names it any more. */
export async function removeStoredImage(fileName: string): Promise<void> {
  if (!isStoredMediaName(fileName)) return;
  await fs.rm(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName), { force: true });
}
