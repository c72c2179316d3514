import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { databaseFile } from "@/db/paths";

/** Rendered cards and crops live beside the database, like the media originals they are made from. */
export function socialCacheDir(): string {
  return path.join(/*turbopackIgnore: true*/ path.dirname(databaseFile()), "social-cache");
}

export type CachedImage = { bytes: Buffer; key: string };

const rendering = new Map<string, Promise<Buffer>>();

/** The name a rendering is kept under: a hash of everything that decides its pixels. */
export function renderKey(inputs: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex");
}

async function renderAndKeep(file: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const bytes = await render();
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written beside it, then renamed: a reader never sees half a file.
  const partial = `${file}.${randomUUID()}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, file);
  return bytes;
}

/**
 * The file kept under `key`, rendered once: later requests, in this process or after a restart, read it from
 * disk. Requests arriving while it renders wait for the same rendering.
 */
export async function cachedImage(key: string, extension: "png" | "jpg", render: () => Promise<Buffer>): Promise<CachedImage> {
  const file = path.join(/*turbopackIgnore: true*/ socialCacheDir(), `${key}.${extension}`);
  const kept = await fs.readFile(file).catch(() => null);
  if (kept) return { bytes: kept, key };
  let pending = rendering.get(file);
  if (!pending) {
    pending = renderAndKeep(file, render).finally(() => rendering.delete(file));
    rendering.set(file, pending);
  }
  return { bytes: await pending, key };
}
