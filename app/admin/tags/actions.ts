"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { contentLocales } from "@/db/schema";
import { createTag, findTagBySlugOrName, getTagById, mergeTags, updateTag } from "@/db/queries/taxonomyWrites";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { revalidateReaderPages } from "@/lib/admin/revalidateReaderPages";
import { fieldError, nameField, type ProblemText, reportDuplicates, slugField, slugOrFromName, taxonomyProblemText } from "@/lib/admin/taxonomyFields";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { normalizeLine } from "@/lib/hindi/normalize";

const tagId = z.number().int().positive();

function tagSchema(text: ProblemText) {
  return z.object({ name: nameField(text), slug: slugField(text) });
}

async function afterChange() {
  revalidatePath("/admin/tags");
  await revalidateReaderPages();
}

export async function createTagAction(formData: FormData): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const text = await taxonomyProblemText();
    const locale = z.enum(contentLocales).parse(formData.get("locale"));
    const { name, slug } = tagSchema(text).parse(Object.fromEntries(formData));
    const fields = { locale, name, slug: slugOrFromName(text, slug, name) };
    const id = await reportDuplicates(text, () => createTag(fields));
    await recordAudit({ action: "taxonomy.change", userId: user.id, targetType: "tag", targetId: id, details: { change: "create", ...fields } });
    await afterChange();
    return { id };
  });
}

export async function updateTagAction(id: number, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const before = await getTagById(tagId.parse(id));
    if (!before) throw new NotFoundError();
    const text = await taxonomyProblemText();
    const { name, slug } = tagSchema(text).parse(Object.fromEntries(formData));
    const fields = { name, slug: slugOrFromName(text, slug, name) };
    await reportDuplicates(text, () => updateTag(id, fields));
    await recordAudit({
      action: "taxonomy.change",
      userId: user.id,
      targetType: "tag",
      targetId: id,
      details: { change: "update", ...fields, previous: { name: before.name, slug: before.slug } },
    });
    await afterChange();
    revalidatePath(`/admin/tags/${id}`);
    return undefined;
  });
}

/** Merges tag `id` into the tag the editor names (by slug or exact name, same language), then opens that tag. */
export async function mergeTagAction(id: number, formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const text = await taxonomyProblemText();
    const from = await getTagById(tagId.parse(id));
    if (!from) throw new NotFoundError();
    const target = normalizeLine(String(formData.get("into") ?? ""));
    const into = target ? await findTagBySlugOrName(from.locale, target) : undefined;
    if (!into) throw fieldError("into", text("mergeTargetMissing"));
    const merge = await mergeTags(from.id, into.id);
    if (merge.status === "notFound") throw new NotFoundError();
    if (merge.status !== "merged") throw fieldError("into", text(merge.status === "sameTag" ? "mergeSameTag" : "mergeOtherLocale"));
    await recordAudit({
      action: "tag.merge",
      userId: user.id,
      targetType: "tag",
      targetId: into.id,
      details: { from: { id: from.id, slug: from.slug, name: from.name }, into: { id: into.id, slug: into.slug, name: into.name }, movedLinks: merge.movedLinks },
    });
    await afterChange();
    return { intoId: into.id, fromName: from.name };
  });
  if (!result.ok) return result;
  redirect(`/admin/tags/${result.data.intoId}?${new URLSearchParams({ merged: result.data.fromName })}`);
}
