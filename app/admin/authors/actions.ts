"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getMediaItem } from "@/db/queries/mediaLibrary";
import { type AuthorFields, createAuthor, getAuthorById, updateAuthor } from "@/db/queries/taxonomyWrites";
import { type ActionResult, NotFoundError, runAction } from "@/lib/admin/actionResult";
import { revalidateReaderPages } from "@/lib/admin/revalidateReaderPages";
import {
  fieldError,
  longTextField,
  nameField,
  type ProblemText,
  reportDuplicates,
  slugField,
  slugOrFromName,
  taxonomyProblemText,
} from "@/lib/admin/taxonomyFields";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";

const authorId = z.number().int().positive();

function authorSchema(text: ProblemText) {
  return z.object({
    name: nameField(text),
    nameEn: nameField(text),
    slug: slugField(text),
    bio: longTextField(text),
    bioEn: longTextField(text),
    photoMediaId: z
      .string()
      .default("")
      .transform((value) => (value.trim() === "" ? null : Number(value)))
      .pipe(z.number().int().positive().nullable()),
  });
}

async function readAuthor(formData: FormData, text: ProblemText): Promise<AuthorFields> {
  const fields = authorSchema(text).parse(Object.fromEntries(formData));
  if (fields.photoMediaId !== null && !(await getMediaItem(fields.photoMediaId))) throw fieldError("photoMediaId", text("photoMissing"));
  // Bylines are searched and shared in Latin letters as people spell their own names, so the English name leads.
  return { ...fields, slug: slugOrFromName(text, fields.slug, fields.nameEn || fields.name) };
}

async function afterChange(id: number) {
  revalidatePath("/admin/authors");
  revalidatePath(`/admin/authors/${id}`);
  await revalidateReaderPages();
}

export async function createAuthorAction(formData: FormData): Promise<ActionResult<undefined>> {
  const result = await runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const text = await taxonomyProblemText();
    const fields = await readAuthor(formData, text);
    const id = await reportDuplicates(text, () => createAuthor(fields));
    await recordAudit({ action: "taxonomy.change", userId: user.id, targetType: "author", targetId: id, details: { change: "create", slug: fields.slug } });
    await afterChange(id);
    return id;
  });
  if (!result.ok) return result;
  redirect(`/admin/authors/${result.data}?created=1`);
}

export async function updateAuthorAction(id: number, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requirePermission("taxonomy.manage");
    const before = await getAuthorById(authorId.parse(id));
    if (!before) throw new NotFoundError();
    const text = await taxonomyProblemText();
    const fields = await readAuthor(formData, text);
    await reportDuplicates(text, () => updateAuthor(id, fields));
    await recordAudit({
      action: "taxonomy.change",
      userId: user.id,
      targetType: "author",
      targetId: id,
      details: { change: "update", slug: fields.slug, ...(before.slug !== fields.slug ? { previousSlug: before.slug } : {}) },
    });
    await afterChange(id);
    return undefined;
  });
}
