import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DuplicateValueError } from "@/db/queries/taxonomyWrites";
import { normalizeLine, normalizeText } from "@/lib/hindi/normalize";
import { slugify } from "@/lib/hindi/transliterate";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxSlugLength = 80;
export const maxNameLength = 120;
export const maxDescriptionLength = 2000;

export type TaxonomyProblem =
  | "nameMissing"
  | "nameTooLong"
  | "slugInvalid"
  | "slugTooLong"
  | "textTooLong"
  | "slugTaken"
  | "slugReserved"
  | "nameTaken"
  | "photoMissing"
  | "mergeTargetMissing"
  | "mergeSameTag"
  | "mergeOtherLocale";
/** Turns a problem into the sentence the editor reads (next-intl's translator for admin.taxonomy). */
export type ProblemText = (problem: TaxonomyProblem) => string;

/** The sentences for the request's newsroom language. */
export async function taxonomyProblemText(): Promise<ProblemText> {
  const t = await getTranslations("admin.taxonomy.problems");
  return (problem) => t(problem);
}

export function nameField(text: ProblemText) {
  return z
    .string({ error: text("nameMissing") })
    .transform(normalizeLine)
    .pipe(z.string().min(1, text("nameMissing")).max(maxNameLength, text("nameTooLong")));
}

/** A Latin slug as typed; empty means "make one from the name" (slugOrFromName). */
export function slugField(text: ProblemText) {
  return z
    .string()
    .default("")
    .transform((slug) => slug.trim())
    .pipe(
      z
        .string()
        .max(maxSlugLength, text("slugTooLong"))
        .refine((slug) => slug === "" || slugPattern.test(slug), text("slugInvalid")),
    );
}

export function longTextField(text: ProblemText) {
  return z.string().default("").transform(normalizeText).pipe(z.string().max(maxDescriptionLength, text("textTooLong")));
}

/** The slug the editor typed, else one made from the name; an empty result (no letters at all) is invalid. */
export function slugOrFromName(text: ProblemText, slug: string, name: string): string {
  const chosen = slug || slugify(name);
  if (!chosen) throw fieldError("slug", text("slugInvalid"));
  return chosen;
}

/**
 * A section front lives at /{slug} beside the portal's own paths, so a section may not take one of them:
 * /search and the /tag/… and /author/… lists would hide it, /en is the English edition, and the proxy
 * sends /admin, /api and /media elsewhere before any section page is reached.
 */
export const reservedSectionSlugs: readonly string[] = ["search", "tag", "author", "en", "hi", "admin", "api", "media", "social", "sitemaps", "page-not-found"];

/** slugOrFromName for a section, which also refuses a slug the portal's own paths use. */
export function sectionSlugOrFromName(text: ProblemText, slug: string, name: string): string {
  const chosen = slugOrFromName(text, slug, name);
  if (reservedSectionSlugs.includes(chosen)) throw fieldError("slug", text("slugReserved"));
  return chosen;
}

export function fieldError(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

/** A taken slug or name becomes a field error on that field, which runAction answers as invalid input. */
export async function reportDuplicates<T>(text: ProblemText, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DuplicateValueError) throw fieldError(error.field, text(error.field === "slug" ? "slugTaken" : "nameTaken"));
    throw error;
  }
}
