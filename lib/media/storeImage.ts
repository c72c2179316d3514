import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/db/paths";
import { inspectImage } from "./inspectImage";

export type StoredImage = { fileHash: string; fileName: string; mimeType: string; width: number; height: number; bytes: number };

/**
 * Checks the bytes (lib/media/inspectImage) and writes them once under their SHA-256 name. Nothing the uploader
 * chose, such as the file name, reaches the disk. Width and height are as readers see the image, after EXIF
 * orientation, which browsers and next/image both apply to the original.
 */
export async function storeImage(bytes: Buffer): Promise<StoredImage> {
  const { mimeType, extension, width, height } = await inspectImage(bytes);
  const fileHash = createHash("sha256").update(bytes).digest("hex");
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
  if (!/^[a-f0-9]{64}\.(jpg|png|webp|avif)$/.test(fileName)) return;
  await fs.rm(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName), { force: true });
}
