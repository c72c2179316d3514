import type { ImportedArticleJson, ImportOutcome, WireFileProblem } from "@/lib/import/importWireFiles";
import { formatDatelineDate, type Locale } from "@/lib/hindi/format";

/** What the upload page shows for one file: computed on the server, so the browser gets only what it displays. */
export type WireImportRow = {
  file: string;
  state: "imported" | "alreadyImported" | "preview" | "failed";
  headline: string | null;
  dateline: string | null;
  byline: string | null;
  paragraphs: number | null;
  /** The story in the newsroom editor, for a copy imported now or before. */
  editPath: string | null;
  reason: string | null;
};

const stateOf = { imported: "imported", "already-imported": "alreadyImported", "would-import": "preview" } as const;

/** "पुणे, 6 मार्च 2025 (एजेंसी)": a copy without a year shows the year the importer settled on. */
export function datelineText(dateline: ImportedArticleJson["dateline"], locale: Locale): string | null {
  if (!dateline) return null;
  const settledYear = dateline.year ?? (Number(/^(\d{4})-/.exec(dateline.date ?? "")?.[1]) || null);
  const date = dateline.day && dateline.month ? `, ${formatDatelineDate(dateline.day, dateline.month, settledYear, locale)}` : "";
  const agency = dateline.agency ? ` (${dateline.agency})` : "";
  return `${dateline.place}${date}${agency}`;
}

export function failedRow(file: string, reason: string): WireImportRow {
  return { file, state: "failed", headline: null, dateline: null, byline: null, paragraphs: null, editPath: null, reason };
}

/** `reason` turns the importer's explanation of a refused file into the editor's language. */
export function toWireImportRow(outcome: ImportOutcome, locale: Locale, reason: (problem: WireFileProblem) => string): WireImportRow {
  if (!outcome.ok) return failedRow(outcome.file, reason(outcome.problem));
  const { article } = outcome;
  return {
    file: outcome.file,
    state: stateOf[outcome.outcome],
    headline: article.headline,
    dateline: datelineText(article.dateline, locale),
    byline: article.byline,
    paragraphs: article.paragraphs.length,
    editPath: outcome.editPath ?? null,
    reason: null,
  };
}
