import { createHash } from "node:crypto";

/**
 * Names of stored originals: the SHA-256 of the bytes and the type's extension (lib/media/storeImage.ts). Anything
 * else — a path, a dot-dot, an uploader's file name — is never a media file name.
 */
export const storedMediaName = /^[a-f0-9]{64}\.(jpg|png|webp|avif)$/;

export function isStoredMediaName(name: string): boolean {
  return storedMediaName.test(name);
}

/** The hash a stored original is named by: SHA-256 of its bytes, in hex. */
export function contentHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
