"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createSection, getSectionById, moveSection, type SectionFields, updateSection } from "@/db/queries/taxonomyWrites";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { revalidateReaderPages } from "@/lib/admin/revalidateReaderPages";
import { longTextField, nameField, type ProblemText, reportDuplicates, sectionSlugOrFromName, slugField, taxonomyProblemText } from "@/lib/admin/taxonomyFields";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";

const sectionId = z.number().int().positive();

function sectionSchema(text: ProblemText) {
  return z.object({
    name: nameField(text),
    nameEn: nameField(text),
    slug: slugField(text),
    description: longTextField(text),
    descriptionEn: longTextField(text),
  });
}

async function readSection(formData: FormData, text: ProblemText): Promise<SectionFields> {
  const fields = sectionSchema(text).parse(Object.fromEntries(formData));
  // A Latin slug reads best from the English name; the Hindi one is transliterated when there is none.
  return { ...fields, slug: sectionSlugOrFromName(text, fields.slug, fields.nameEn || fields.name) };
}

async function afterChange() {
  revalidatePath("/admin/sections");
  await revalidateReaderPages();
}

export async function createSectionAction(formData: FormData): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const text = await taxonomyProblemText();
    const fields = await readSection(formData, text);
    const id = await reportDuplicates(text, () => createSection(fields));
    await recordAudit({ action: "taxonomy.change", userId: user.id, targetType: "section", targetId: id, details: { change: "create", slug: fields.slug } });
    await afterChange();
    return { id };
  });
}

export async function updateSectionAction(id: number, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const before = await getSectionById(sectionId.parse(id));
    if (!before) throw new NotFoundError();
    const text = await taxonomyProblemText();
    const fields = await readSection(formData, text);
    await reportDuplicates(text, () => updateSection(id, fields));
    await recordAudit({
      action: "taxonomy.change",
      userId: user.id,
      targetType: "section",
      targetId: id,
      details: { change: "update", slug: fields.slug, ...(before.slug !== fields.slug ? { previousSlug: before.slug } : {}) },
    });
    await afterChange();
    revalidatePath(`/admin/sections/${id}`);
    return undefined;
  });
}

export async function moveSectionAction(id: number, direction: "up" | "down"): Promise<ActionResult<{ moved: boolean }>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const moved = await moveSection(sectionId.parse(id), z.enum(["up", "down"]).parse(direction));
    if (moved) {
      await recordAudit({ action: "taxonomy.change", userId: user.id, targetType: "section", targetId: id, details: { change: "move", direction } });
      await afterChange();
    }
    return { moved };
  });
}
