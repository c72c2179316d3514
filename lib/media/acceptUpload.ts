import { insertMedia } from "@/db/queries/media";
import { getMediaItem, type LibraryItem } from "@/db/queries/mediaLibrary";
import { type ImageRejection, ImageRejectedError } from "./inspectImage";
import { maxImageBytes } from "./limits";
import { type MediaTextProblem, mediaTextSchema } from "./mediaText";
import { storeImage } from "./storeImage";

export type UploadRejection = ImageRejection | MediaTextProblem | "noFile";
export type UploadOutcome = { ok: true; item: LibraryItem } | { ok: false; reason: UploadRejection };

const textWithProblemCodes = mediaTextSchema((problem) => problem);

/**
 * One uploaded file with its texts becomes a media item, or a reason it was refused. The file's bytes decide
 * everything about it; its name and declared type are ignored.
 */
export async function acceptUpload(file: File | null, text: { alt: unknown; caption: unknown; credit: unknown }): Promise<UploadOutcome> {
  if (!file || file.size === 0) return { ok: false, reason: "noFile" };
  // Refused before the bytes are read: the size the form data already knows.
  if (file.size > maxImageBytes) return { ok: false, reason: "tooLarge" };
  const parsed = textWithProblemCodes.safeParse(text);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]!.message as MediaTextProblem };
  try {
    const stored = await storeImage(Buffer.from(await file.arrayBuffer()));
    const id = await insertMedia({ ...stored, ...parsed.data });
    return { ok: true, item: (await getMediaItem(id))! };
  } catch (error) {
    if (error instanceof ImageRejectedError) return { ok: false, reason: error.reason };
    throw error;
  }
}
