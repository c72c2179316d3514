import { getLocale, getTranslations } from "next-intl/server";
import { MissingStoryNotice } from "@/components/portal/MissingStoryNotice";
import { listSections } from "@/db/queries/sections";
import { isLocale, routing } from "@/i18n/routing";
import { pageTitle } from "@/lib/pageTitle";

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const [sections, t] = await Promise.all([listSections(), getTranslations({ locale, namespace: "notFound" })]);
  return (
    <MissingStoryNotice locale={locale} sections={sections} text={{ title: t("title"), body: t("body"), goHome: t("goHome") }}>
      <title>{await pageTitle(locale, t("title"))}</title>
    </MissingStoryNotice>
  );
}
