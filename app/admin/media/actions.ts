"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { PickedMedia } from "@/components/admin/MediaPicker.client";
import { deleteUnusedMedia, type LibraryItem, type MediaUsage, searchMediaItems, updateMediaText } from "@/db/queries/mediaLibrary";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { revalidateReaderPages } from "@/lib/admin/revalidateReaderPages";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requirePermission, UnauthenticatedError } from "@/lib/auth/session";
import { normalizeLine } from "@/lib/hindi/normalize";
import { acceptUpload, type UploadRejection } from "@/lib/media/acceptUpload";
import { maxImageBytes, maxImagePixels } from "@/lib/media/limits";
import { mediaTextSchema } from "@/lib/media/mediaText";
import { removeStoredImage } from "@/lib/media/storeImage";

export type UploadResult = { ok: true; item: PickedMedia } | { ok: false; fileLabel: string; message: string };

function picked({ id, fileName, width, height, alt, caption, credit }: LibraryItem): PickedMedia {
  return { id, fileName, width, height, alt, caption, credit };
}

function textAt(values: FormDataEntryValue[], index: number): string {
  const value = values[index];
  return typeof value === "string" ? value : "";
}

/** The uploader's file name is only ever shown back to them, shortened; it is never stored or used as a path. */
function fileLabel(file: FormDataEntryValue | undefined, index: number): string {
  const name = file instanceof File ? normalizeLine(file.name).slice(0, 80) : "";
  return name || `#${index + 1}`;
}

/**
 * Uploads one or several images. Form fields, repeated in the same order for each file: `file`, `alt`, `caption`,
 * `credit`. Each file is accepted or refused on its own, with the reason in the editor's language.
 */
export async function uploadMedia(formData: FormData): Promise<ActionResult<{ results: UploadResult[] }>> {
  return runAction(async () => {
    const user = await requirePermission("media.upload");
    const t = await getTranslations("admin.media.rejections");
    const reasonText = (reason: UploadRejection) =>
      t(reason, { megabytes: maxImageBytes / 1024 / 1024, megapixels: maxImagePixels / 1_000_000 });
    const files = formData.getAll("file");
    const [alts, captions, credits] = [formData.getAll("alt"), formData.getAll("caption"), formData.getAll("credit")];
    const results: UploadResult[] = [];
    for (const [index, file] of (files.length > 0 ? files : [null]).entries()) {
      const outcome = await acceptUpload(file instanceof File ? file : null, {
        alt: textAt(alts, index),
        caption: textAt(captions, index),
        credit: textAt(credits, index),
      });
      if (!outcome.ok) {
        results.push({ ok: false, fileLabel: fileLabel(file ?? undefined, index), message: reasonText(outcome.reason) });
        continue;
      }
      const { id, fileName, bytes, width, height } = outcome.item;
      await recordAudit({ action: "media.upload", userId: user.id, targetType: "media", targetId: id, details: { fileName, bytes, width, height } });
      results.push({ ok: true, item: picked(outcome.item) });
    }
    return { results };
  });
}

const pickerPageSize = 12;
const searchInput = z.object({
  query: z.string().max(200).default("").transform(normalizeLine),
  page: z.number().int().min(1).max(10_000).default(1),
});

/** The picker's search: any signed-in member of staff may look through the library. */
export async function searchMediaLibrary(input: {
  query: string;
  page: number;
}): Promise<ActionResult<{ items: PickedMedia[]; page: number; pages: number; total: number; canUpload: boolean }>> {
  return runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new UnauthenticatedError("not signed in");
    const { query, page } = searchInput.parse(input);
    const { items, total } = await searchMediaItems({ query, limit: pickerPageSize, offset: (page - 1) * pickerPageSize });
    return { items: items.map(picked), page, pages: Math.max(1, Math.ceil(total / pickerPageSize)), total, canUpload: can(user, "media.upload") };
  });
}

const mediaId = z.number().int().positive();

/** Alt text, caption and credit of an item; readers' pages that show it are refreshed. */
export async function saveMediaText(id: number, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await requirePermission("media.manage");
    const t = await getTranslations("admin.media.rejections");
    const text = mediaTextSchema((problem) => t(problem)).parse({
      alt: formData.get("alt") ?? "",
      caption: formData.get("caption") ?? "",
      credit: formData.get("credit") ?? "",
    });
    if (!(await updateMediaText(mediaId.parse(id), text))) throw new NotFoundError();
    await revalidateReaderPages();
    return undefined;
  });
}

async function usageLines(usage: MediaUsage): Promise<string[]> {
  const t = await getTranslations("admin.media.usage");
  const lines = usage.articles.flatMap((article) => [
    ...(article.hero ? [t("hero", { headline: article.headline })] : []),
    ...(article.social ? [t("social", { headline: article.headline })] : []),
    ...(article.body ? [t("body", { headline: article.headline })] : []),
  ]);
  return [...lines, ...usage.authors.map((author) => t("authorPhoto", { name: author.name }))];
}

/** Deletes an item nothing shows; if something does, says where, and deletes nothing. */
export async function deleteMedia(id: number): Promise<ActionResult<undefined>> {
  const result = await runAction(async () => {
    const user = await requirePermission("media.manage");
    const deletion = await deleteUnusedMedia(mediaId.parse(id));
    if (deletion.status === "notFound") throw new NotFoundError();
    if (deletion.status === "inUse") return { inUse: await usageLines(deletion.usage) };
    // Identical bytes uploaded twice share one file; it goes only with the last row that names it.
    if (!deletion.fileStillNamed) await removeStoredImage(deletion.fileName);
    await recordAudit({ action: "media.delete", userId: user.id, targetType: "media", targetId: id, details: { fileName: deletion.fileName } });
    return { inUse: null };
  });
  if (!result.ok) return result;
  if (result.data.inUse) {
    const t = await getTranslations("admin.media.usage");
    return { ok: false, code: "conflict", error: t("refused"), fieldErrors: { usage: result.data.inUse } };
  }
  redirect("/admin/media?deleted=1");
}
