import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { homePath, sectionPath } from "@/lib/routes";
import { site } from "@/lib/site";
import { LiteSwitch } from "./LiteSwitch";
import type { NavSection } from "./PortalHeader";

export async function PortalFooter({ locale, sections, now }: { locale: Locale; sections: NavSection[]; now: Date }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  const name = site.name[locale];
  return (
    <footer className="portal-footer">
      <div className="container footer-grid">
        <div>
          <a className="footer-name" href={homePath(locale)}>
            {name}
          </a>
          <p>{t("about", { site: name })}</p>
        </div>
        <nav aria-label={t("sections")}>
          <h2 className="footer-heading">{t("sections")}</h2>
          <ul className="footer-sections">
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={sectionPath(locale, section.slug)}>{section.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="footer-heading">{t("language")}</h2>
          <ul className="footer-languages">
            <li>
              <a href={homePath("hi")} lang="hi" hrefLang="hi">
                हिन्दी
              </a>
            </li>
            <li>
              <a href={homePath("en")} lang="en" hrefLang="en">
                English
              </a>
            </li>
          </ul>
        </div>
        <LiteSwitch text={{ heading: t("liteHeading"), offer: t("liteOffer"), active: t("liteActive"), turnOn: t("liteOn"), turnOff: t("liteOff") }} />
      </div>
      <p className="container copyright">{t("copyright", { year: now.getFullYear(), site: name })}</p>
    </footer>
  );
}
