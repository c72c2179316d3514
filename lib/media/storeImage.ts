import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "@/db/paths";

export type StoredImage = { fileHash: string; fileName: string; mimeType: string; width: number; height: number; bytes: number };

const extensionFor: Record<string, string> = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" };

/** Writes the bytes once under their SHA-256 name and reports what they are, read from the bytes themselves. */
export async function storeImage(bytes: Buffer): Promise<StoredImage> {
  const { format, width, height } = await sharp(bytes).metadata();
  const extension = format ? extensionFor[format] : undefined;
  if (!extension || !width || !height) throw new Error("not a JPEG, PNG, WebP or AVIF image");
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  const fileName = `${fileHash}.${extension}`;
  await fs.mkdir(mediaDir(), { recursive: true });
  const target = path.join(/*turbopackIgnore: true*/ mediaDir(), fileName);
  // Write beside it, then rename: a crash never leaves half a file under a content hash.
  const partial = `${target}.${process.pid}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, target);
  return { fileHash, fileName, mimeType: format === "jpeg" ? "image/jpeg" : `image/${format}`, width, height, bytes: bytes.length };
}
