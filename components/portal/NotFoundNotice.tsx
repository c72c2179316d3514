import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { readSections } from "@/lib/cache/readerData";
import { MissingStoryNotice } from "./MissingStoryNotice";

/** The reader's 404 page in their language: what went wrong and a way home. */
export async function NotFoundNotice({ locale, children }: { locale: Locale; children?: React.ReactNode }) {
  const [sections, t] = await Promise.all([readSections(), getTranslations({ locale, namespace: "notFound" })]);
  return (
    <MissingStoryNotice locale={locale} sections={sections} text={{ title: t("title"), body: t("body"), goHome: t("goHome") }}>
      {children}
    </MissingStoryNotice>
  );
}
