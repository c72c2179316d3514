import type { Locale } from "@/i18n/routing";

/** Brand and regional settings every page reads; UI wording lives in messages/. */
export const site = {
  name: { hi: "ख़बर दर्पण", en: "Khabar Darpan" } satisfies Record<Locale, string>,
  languageTag: { hi: "hi-IN", en: "en-IN" } satisfies Record<Locale, string>,
  timeZone: "Asia/Kolkata",
  numerals: "latn",
} as const;

/** Stories per list page; `PAGE_SIZE` lets a small test database still show several pages. */
export function listPageSize(): number {
  const configured = Number(process.env.PAGE_SIZE);
  return Number.isInteger(configured) && configured >= 1 && configured <= 100 ? configured : 10;
}

export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** A whole address on the public origin, for canonicals, feeds, sitemaps and structured data. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
