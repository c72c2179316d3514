import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { site } from "./site";

/** "<title> — पृष्ठ 2 | ख़बर दर्पण": every page's <title> names the page, its page number after the first, and the site. */
export async function pageTitle(locale: Locale, title: string, page = 1): Promise<string> {
  const t = await getTranslations({ locale, namespace: "meta" });
  return `${page > 1 ? t("pageOf", { title, page }) : title} | ${site.name[locale]}`;
}
