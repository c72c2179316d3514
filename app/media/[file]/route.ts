import fs from "node:fs/promises";
import path from "node:path";
import { getMediaFile } from "@/db/queries/media";
import { mediaDir } from "@/db/paths";
import { isStoredMediaName } from "@/lib/media/storedName";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

async function readStored(fileName: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), fileName));
  } catch (error) {
    // A row whose file is gone (a restore without it, a disk mishap) is a missing picture, not a server error.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A stored original. Only a name of the stored form (hash and extension) is looked up, never used as a path
 * beyond that; the type comes from the media row, which the upload took from the bytes. The headers keep a
 * browser from reading the file as anything but that image, even when it is opened on its own.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const stored = isStoredMediaName(file) ? await getMediaFile(file) : undefined;
  if (!stored) return notFound();
  const bytes = await readStored(stored.fileName);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": stored.mimeType,
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": `inline; filename="${stored.fileName}"`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // The name is the hash of the bytes, so the response can never change.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
