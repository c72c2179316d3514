import { getTranslations } from "next-intl/server";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import type { Locale } from "@/i18n/routing";
import { formatMastheadDate } from "@/lib/hindi/format";
import { homePath, sectionPath } from "@/lib/routes";
import { site } from "@/lib/site";

/** What a page passes as its active section when it is the home front. */
export const homeNavKey = "home";
/** …and when it is the search page (no section may take the slug "search"). */
export const searchNavKey = "search";

export type NavSection = { slug: string; name: string };

export type LanguageSwitch = {
  href: string;
  /** True when the link leads to this very story or page in the other language, not just to its home page. */
  samePage: boolean;
};

export async function PortalHeader({
  locale,
  sections,
  activeSection,
  languageSwitch,
  now,
}: {
  locale: Locale;
  sections: NavSection[];
  activeSection?: string;
  languageSwitch: LanguageSwitch;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: "header" });
  const otherLocale: Locale = locale === "hi" ? "en" : "hi";
  return (
    <header className="portal-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="masthead container">
        <a className="masthead-name" href={homePath(locale)}>
          {site.name[locale]}
        </a>
        <p className="masthead-tagline">{t("tagline")}</p>
        <p className="masthead-date">
          <time dateTime={now.toISOString()}>{formatMastheadDate(now, locale)}</time>
        </p>
        <HeaderSearch locale={locale} onSearchPage={activeSection === searchNavKey} />
        <a
          className="language-switch"
          href={languageSwitch.href}
          hrefLang={otherLocale}
        >
          {/* The visible name starts the accessible one, so voice control users can say what they see. */}
          <span lang={otherLocale}>{t("switchLanguage")}</span>
          <span className="visually-hidden"> — {languageSwitch.samePage ? t("switchLanguageLabel") : t("switchLanguageHomeLabel")}</span>
        </a>
      </div>
      <nav className="section-nav" aria-label={t("sectionsNav")}>
        <ul className="container">
          <li>
            <a href={homePath(locale)} aria-current={activeSection === homeNavKey ? "page" : undefined}>
              {t("home")}
            </a>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={sectionPath(locale, section.slug)} aria-current={activeSection === section.slug ? "page" : undefined}>
                {section.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
