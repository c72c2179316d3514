"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { type ActionResult, runAction } from "@/lib/admin/actionResult";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { normalizeLine } from "@/lib/hindi/normalize";
import { type ImportOutcome, ImportSetupError, importWireFiles, type WireFileProblem } from "@/lib/import/importWireFiles";
import { maxWireFileBytes, wireFilesPerRequest, wireImportStatuses } from "./limits";
import { failureReason } from "./reasons";
import { toWireImportRow, type WireImportRow } from "./report";

export type WireImportAnswer = { dryRun: boolean; rows: WireImportRow[] };

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Refusal = { code: "forbidden" | "invalid"; error: string; fieldErrors?: Record<string, string[]> };

// A browser sends the bare file name; a slash or a control character means the request was made by hand.
const fileNamePattern = /^[^/\\\p{Cc}]{1,200}$/u;

function importInput(t: Translate) {
  const megabytes = maxWireFileBytes / 1024 / 1024;
  const wireFile = z.instanceof(File, { error: t("errors.notAFile") }).superRefine((file, context) => {
    const name = normalizeLine(file.name);
    if (!fileNamePattern.test(name)) context.addIssue({ code: "custom", message: t("errors.fileName", { name: name.slice(0, 80) }) });
    if (file.size > maxWireFileBytes) context.addIssue({ code: "custom", message: t("errors.fileTooLarge", { name: name.slice(0, 80), megabytes }) });
  });
  return z.object({
    files: z
      .array(wireFile)
      .min(1, t("errors.noFiles"))
      .max(wireFilesPerRequest, t("errors.tooManyFiles", { max: wireFilesPerRequest })),
    section: z.string().max(100, t("errors.section")).transform(normalizeLine),
    status: z.enum(wireImportStatuses, { error: t("errors.status") }),
    dryRun: z.enum(["1"]).optional(),
  });
}

/**
 * Imports a batch of plain-text wire copies (the form sends at most `wireFilesPerRequest` per call): each file is
 * imported, reported as already imported (same bytes as an earlier file), or refused with its reason, on its own.
 * Form fields: `files` (repeated), `section` (a section slug; empty lets the importer choose), `status`
 * (draft | in_review | published), `dryRun` ("1": parse and report, write nothing).
 * Anyone who may create articles may import; importing straight to "published" also needs `article.publish`.
 */
export async function importWireCopies(formData: FormData): Promise<ActionResult<WireImportAnswer>> {
  const result = await runAction(async (): Promise<{ refused: Refusal } | { answer: WireImportAnswer }> => {
    const user = await requirePermission("article.create");
    const t = await getTranslations("admin.import");
    const input = importInput(t).parse({
      files: formData.getAll("files"),
      section: formData.get("section") ?? "",
      status: formData.get("status"),
      dryRun: formData.get("dryRun") ?? undefined,
    });
    if (input.status === "published" && !can(user, "article.publish")) {
      return { refused: { code: "forbidden", error: t("errors.publishForbidden") } };
    }

    const dryRun = input.dryRun === "1";
    const files = await Promise.all(
      input.files.map(async (file) => ({ name: normalizeLine(file.name), bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    // The importer records each import in the audit log and refreshes readers' pages for published ones.
    let outcomes: ImportOutcome[];
    try {
      outcomes = await importWireFiles(files, { sectionSlug: input.section || undefined, status: input.status, dryRun, userId: user.id });
    } catch (error) {
      // Thrown before anything is written; with no tags asked for, the only cause is a section that is not there.
      if (!(error instanceof ImportSetupError)) throw error;
      const message = t("errors.section");
      return { refused: { code: "invalid", error: message, fieldErrors: { section: [message] } } };
    }
    const [locale, reasons] = await Promise.all([getLocale(), getTranslations("admin.import.reasons")]);
    const reason = (problem: WireFileProblem) => failureReason(problem, reasons);
    return { answer: { dryRun, rows: outcomes.map((outcome) => toWireImportRow(outcome, locale === "en" ? "en" : "hi", reason)) } };
  });
  if (!result.ok) return result;
  if ("refused" in result.data) return { ok: false, ...result.data.refused };
  return { ok: true, data: result.data.answer };
}
