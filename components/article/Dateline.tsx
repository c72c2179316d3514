import type { Locale } from "@/i18n/routing";
import { type DatelineData, datelineText } from "@/lib/content/dateline";

export type { DatelineData };

/** The dateline that opens the story's first paragraph. */
export function Dateline({ dateline, agency, locale }: { dateline: DatelineData; agency: string | null; locale: Locale }) {
  return <span className="dateline">{datelineText(dateline, agency, locale)}</span>;
}
