import fs from "node:fs/promises";
import path from "node:path";
import { getMediaFile } from "@/db/queries/media";
import { mediaDir } from "@/db/paths";

// Stored names are a content hash and an extension; nothing else can reach the disk.
const storedName = /^[a-f0-9]{64}\.(jpg|png|webp|avif)$/;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const stored = storedName.test(file) ? await getMediaFile(file) : undefined;
  if (!stored) return new Response("Not found", { status: 404 });
  const bytes = await fs.readFile(path.join(/*turbopackIgnore: true*/ mediaDir(), stored.fileName));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": stored.mimeType,
      // The name is the hash of the bytes, so the response can never change.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
