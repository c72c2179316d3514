import { z } from "zod";
import { routing } from "@/i18n/routing";
import { normalizeLine } from "@/lib/hindi/normalize";
import { daysInMonth } from "@/lib/wire/datelineDate";
import { type ArticleDocument, articleDocumentSchema } from "./document";
import { normalizeDocument } from "./tiptapDocument";

/**
 * Everything an editor edits on an article, as the editor sends it and as a revision stores it (the keys are those
 * of db/queries/articleSnapshot). Every string is normalised here, whatever the browser sent: pasted Devanagari
 * is stored NFC, stray zero-width characters are gone, single-line fields hold single spaces.
 *
 * Error messages are keys of `admin.editor.fieldError` so the editor can show them in the newsroom's language.
 */

export const draftLimits = {
  headline: 250,
  standfirst: 500,
  tags: 20,
  tag: 60,
  agency: 100,
  bylineText: 200,
  datelinePlace: 100,
  slug: 80,
  metaTitle: 110,
  metaDescription: 200,
} as const;

/** What an autosave keeps of a field nobody has finished: generous, only to keep one request from filling the disk. */
const autosaveTextCap = 20_000;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function line(max: number) {
  return z.string().transform(normalizeLine).pipe(z.string().max(max, "tooLong"));
}

function optionalLine(max: number) {
  return line(max).transform((value) => value || null);
}

const id = z.number().int().positive();
const optionalId = id.nullable();

const body = articleDocumentSchema.transform((doc): ArticleDocument => normalizeDocument(doc));

function tagList(maxTags: number, maxLength: number) {
  return z
    .array(line(maxLength).pipe(z.string().min(1, "required")))
    .transform((names) => [...new Map(names.map((name) => [name.toLocaleLowerCase("hi"), name])).values()])
    .pipe(z.array(z.string()).max(maxTags, "tooMany"));
}

const authorIds = z
  .array(id)
  .max(20, "tooMany")
  .transform((ids) => [...new Set(ids)]);

type DatelineFields = { datelinePlace: string | null; datelineDay: number | null; datelineMonth: number | null; datelineYear: number | null };

/** A dateline names a place, and a date only as day and month together (the year is optional) that exist in the calendar. */
function checkDateline(draft: DatelineFields, context: z.RefinementCtx) {
  const { datelinePlace, datelineDay, datelineMonth, datelineYear } = draft;
  const hasDay = datelineDay !== null;
  const hasMonth = datelineMonth !== null;
  if (hasDay !== hasMonth || (datelineYear !== null && !hasDay)) {
    context.addIssue({ code: "custom", path: [hasDay ? "datelineMonth" : "datelineDay"], message: "datelineDayMonth" });
  } else if (hasDay && datelineDay > daysInMonth(datelineMonth!, datelineYear)) {
    context.addIssue({ code: "custom", path: ["datelineDay"], message: "datelineDate" });
  }
  if (hasDay && !datelinePlace) context.addIssue({ code: "custom", path: ["datelinePlace"], message: "datelinePlace" });
}

/** Everything a save must satisfy. The slug may be empty: the server then proposes one from the headline. */
export const articleDraftSchema = z
  .object({
    headline: line(draftLimits.headline).pipe(z.string().min(1, "required")),
    standfirst: line(draftLimits.standfirst),
    body,
    sectionId: id,
    tags: tagList(draftLimits.tags, draftLimits.tag),
    authorIds,
    agency: optionalLine(draftLimits.agency),
    bylineText: optionalLine(draftLimits.bylineText),
    datelinePlace: optionalLine(draftLimits.datelinePlace),
    datelineDay: z.number().int().min(1, "datelineDate").max(31, "datelineDate").nullable(),
    datelineMonth: z.number().int().min(1, "datelineDate").max(12, "datelineDate").nullable(),
    datelineYear: z.number().int().min(1900, "datelineDate").max(2100, "datelineDate").nullable(),
    heroMediaId: optionalId,
    socialMediaId: optionalId,
    locale: z.enum(routing.locales),
    slug: z
      .string()
      .transform((value) => normalizeLine(value).toLowerCase())
      .pipe(z.string().max(draftLimits.slug, "tooLong").refine((value) => value === "" || slugPattern.test(value), "slugFormat")),
    metaTitle: optionalLine(draftLimits.metaTitle),
    metaDescription: optionalLine(draftLimits.metaDescription),
    translationOfId: optionalId,
  })
  .superRefine(checkDateline);

export type ArticleDraft = z.output<typeof articleDraftSchema>;
export type ArticleDraftInput = z.input<typeof articleDraftSchema>;

const loose = z.string().max(autosaveTextCap).transform(normalizeLine);

const looseNumber = z.number().int().nullable();

/**
 * What an autosave keeps: the same fields, normalised, but nothing required and no rule about how they fit
 * together, so that half-written work (no headline yet, a day without a month) is never refused.
 */
export const autosaveDraftSchema = z.object({
  headline: loose,
  standfirst: loose,
  body,
  sectionId: looseNumber,
  tags: z.array(loose).max(200),
  authorIds: z.array(z.number().int()).max(200),
  agency: loose,
  bylineText: loose,
  datelinePlace: loose,
  datelineDay: looseNumber,
  datelineMonth: looseNumber,
  datelineYear: looseNumber,
  heroMediaId: looseNumber,
  socialMediaId: looseNumber,
  locale: z.enum(routing.locales),
  slug: loose,
  metaTitle: loose,
  metaDescription: loose,
  translationOfId: looseNumber,
});

export type AutosaveDraft = z.output<typeof autosaveDraftSchema>;

/** The fields as the editor's form holds them: text fields as strings, never null. */
export type EditorDraft = z.input<typeof autosaveDraftSchema> & { body: ArticleDocument };

const emptyDocument: ArticleDocument = { version: 1, blocks: [] };

/** A stored snapshot (a revision, an autosave, the saved article) as the editor's form holds it. */
export function editorDraftFrom(stored: unknown): EditorDraft {
  const snapshot: Record<string, unknown> = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  const text = (key: string) => (typeof snapshot[key] === "string" ? (snapshot[key] as string) : "");
  const number = (key: string) => (typeof snapshot[key] === "number" ? (snapshot[key] as number) : null);
  const parsedBody = articleDocumentSchema.safeParse(snapshot.body);
  return {
    headline: text("headline"),
    standfirst: text("standfirst"),
    body: parsedBody.success ? parsedBody.data : emptyDocument,
    sectionId: number("sectionId"),
    tags: Array.isArray(snapshot.tags) ? snapshot.tags.filter((tag): tag is string => typeof tag === "string") : [],
    authorIds: Array.isArray(snapshot.authorIds) ? snapshot.authorIds.filter((value): value is number => typeof value === "number") : [],
    agency: text("agency"),
    bylineText: text("bylineText"),
    datelinePlace: text("datelinePlace"),
    datelineDay: number("datelineDay"),
    datelineMonth: number("datelineMonth"),
    datelineYear: number("datelineYear"),
    heroMediaId: number("heroMediaId"),
    socialMediaId: number("socialMediaId"),
    locale: snapshot.locale === "en" ? "en" : "hi",
    slug: text("slug"),
    metaTitle: text("metaTitle"),
    metaDescription: text("metaDescription"),
    translationOfId: number("translationOfId"),
  };
}
