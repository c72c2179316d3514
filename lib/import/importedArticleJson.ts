import { datelineIsoDate } from "@/lib/wire/datelineDate";
import type { ParsedWireCopy } from "@/lib/wire/parseWireCopy";

/** A copy as the importer read it: what `--json` prints and the upload page shows. */
export type ImportedArticleJson = {
  headline: string;
  dateline: {
    place: string;
    day: number | null;
    month: number | null;
    /** As written; null when the copy gives none, as index.json has it. */
    year: number | null;
    agency: string | null;
    /** ISO yyyy-mm-dd with the written or inferred year; absent from a place-only dateline. */
    date?: string;
  } | null;
  /** Every body block (subheadings too), the dateline taken off the first, without byline and boilerplate. */
  paragraphs: string[];
  byline: string | null;
};

export function importedArticleJson(copy: ParsedWireCopy, importDate: Date): ImportedArticleJson {
  const { dateline } = copy;
  const { day, month, year } = dateline ?? {};
  const date = day != null && month != null ? datelineIsoDate({ day, month, year: year ?? null }, importDate) : undefined;
  return {
    headline: copy.headline,
    dateline: dateline === null ? null : { ...dateline, ...(date === undefined ? {} : { date }) },
    paragraphs: copy.blocks.map((block) => block.text),
    byline: copy.byline,
  };
}
