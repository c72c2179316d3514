import type { Locale } from "@/i18n/routing";
import { formatDatelineDate } from "@/lib/hindi/format";

export type DatelineData = { place: string; day: number | null; month: number | null; year: number | null };

/** "प्योंगयांग, 14 सितंबर (भाषा)": where and when the copy was filed, as the wire gives it. */
export function Dateline({ dateline, agency, locale }: { dateline: DatelineData; agency: string | null; locale: Locale }) {
  const date = dateline.day && dateline.month ? formatDatelineDate(dateline.day, dateline.month, dateline.year, locale) : null;
  return (
    <span className="dateline">
      {date ? `${dateline.place}, ${date}` : dateline.place}
      {agency ? ` (${agency})` : null}
    </span>
  );
}
