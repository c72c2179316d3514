import { formatDatelineDate, type Locale } from "@/lib/hindi/format";

export type DatelineData = { place: string; day: number | null; month: number | null; year: number | null };

/** "प्योंगयांग, 14 सितंबर (भाषा)": where and when the copy was filed, as the wire gives it and the article prints it. */
export function datelineText(dateline: DatelineData, agency: string | null, locale: Locale): string {
  const date = dateline.day && dateline.month ? formatDatelineDate(dateline.day, dateline.month, dateline.year, locale) : null;
  const placeAndDate = date ? `${dateline.place}, ${date}` : dateline.place;
  return agency ? `${placeAndDate} (${agency})` : placeAndDate;
}
