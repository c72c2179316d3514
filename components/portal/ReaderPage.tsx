import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { localized } from "@/lib/localize";
import { PortalFooter } from "./PortalFooter";
import { PortalHeader, type LanguageSwitch } from "./PortalHeader";

/** The frame of every reader page: header, the page's own content as <main>, footer. */
export function ReaderPage({
  locale,
  sections,
  activeSection,
  languageSwitch,
  children,
}: {
  locale: Locale;
  sections: { slug: string; name: string; nameEn: string }[];
  activeSection?: string;
  languageSwitch: LanguageSwitch;
  children: ReactNode;
}) {
  const now = new Date();
  const nav = sections.map((section) => ({ slug: section.slug, name: localized(locale, section) }));
  return (
    <>
      <PortalHeader locale={locale} sections={nav} activeSection={activeSection} languageSwitch={languageSwitch} now={now} />
      <main id="main" className="container">
        {children}
      </main>
      <PortalFooter locale={locale} sections={nav} now={now} />
    </>
  );
}
