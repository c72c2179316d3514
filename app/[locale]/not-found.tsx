import { getLocale, getTranslations } from "next-intl/server";
import { ReaderPage } from "@/components/portal/ReaderPage";
import { listSections } from "@/db/queries/sections";
import { isLocale, routing } from "@/i18n/routing";
import { homePath } from "@/lib/routes";
import { pageTitle } from "@/lib/pageTitle";

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const [sections, t] = await Promise.all([listSections(), getTranslations({ locale, namespace: "notFound" })]);
  return (
    <ReaderPage locale={locale} sections={sections} languageSwitch={{ href: homePath(locale === "hi" ? "en" : "hi"), samePage: false }}>
      <title>{await pageTitle(locale, t("title"))}</title>
      <div className="not-found">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <p>
          <a className="button-link" href={homePath(locale)}>
            {t("goHome")}
          </a>
        </p>
      </div>
    </ReaderPage>
  );
}
