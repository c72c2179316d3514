import type { Locale } from "@/i18n/routing";

/** Bilingual records keep Hindi in `name` and English in `nameEn`; this picks the reader's. */
export function localized(locale: Locale, record: { name: string; nameEn: string }): string {
  return locale === "en" ? record.nameEn : record.name;
}
