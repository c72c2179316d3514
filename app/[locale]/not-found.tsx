import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundNotice } from "@/components/portal/NotFoundNotice";
import { isLocale, routing } from "@/i18n/routing";
import { pageTitle } from "@/lib/pageTitle";

/**
 * Next sends this boundary's HTML only as React payload inside an empty error shell, which needs its runtime to
 * show; readers get the fully rendered app/[locale]/page-not-found instead, which the reader front substitutes.
 */
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <NotFoundNotice locale={locale}>
      <title>{await pageTitle(locale, t("title"))}</title>
    </NotFoundNotice>
  );
}
